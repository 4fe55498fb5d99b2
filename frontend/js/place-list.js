/**
 * The content of the popup that opens when several incidents lie under one click (incidents at the same
 * gazetteer place sit exactly on top of each other): a heading and one button per incident, built with
 * `textContent` only. Choosing one calls `onChoose(id)`.
 */
export function placeList(entries, onChoose) {
  const wrapper = document.createElement('div');
  const heading = document.createElement('p');
  heading.className = 'place-list-heading';
  heading.textContent = `${entries.length} incidents here`;
  const list = document.createElement('ul');
  list.className = 'place-list';
  list.dataset.testid = 'place-list';
  for (const { id, label } of entries) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.addEventListener('click', () => onChoose(id));
    item.append(button);
    list.append(item);
  }
  wrapper.append(heading, list);
  return wrapper;
}

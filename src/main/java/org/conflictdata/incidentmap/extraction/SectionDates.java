package org.conflictdata.incidentmap.extraction;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictdata.incidentmap.article.MonthNames;
import org.conflictdata.incidentmap.extraction.DateResolver.DateMention;
import org.conflictdata.incidentmap.extraction.Sentences.Sentence;

/**
 * The date headings of a timeline, live page or monitor round-up ("Sat 2 Sept,
 * afternoon", "Mon 28/08 · al-Busayrah", "Tuesday 3 March", "03.03.2020"): a short line
 * of its own that opens with a day dates every entry under it until the next heading, and
 * a weekday inside such an entry ("On Monday evening") is that day of the heading's week.
 */
final class SectionDates {

	/**
	 * The bullet a list of entries may set before each heading: "▪ Tue 03.12.2019 — ...",
	 * "• 5 March — ...", "* 2020-01-08 — ...", "– Jan 8 — ...", or the word a live page
	 * stamps its entries with.
	 */
	private static final String BULLET = "(?:[\u25aa\u25ab\u25a0\u25cf\u2022\u25e6\u2023\u2219\u00b7*\u2013\u2014>-]\\s*)?"
			// A live page's stamp line: "Posted 29/08/2022, 23:50", "Updated: 8 Jan
			// 2020".
			+ "(?:(?i:posted|updated|last updated|filed)(?:\\s+(?i:at|on))?:?\\s+)?";

	private static final String WEEKDAY = "(?:(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";

	private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";

	private static final Pattern DAY_MONTH = Pattern.compile(
			"^" + BULLET + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "(?:,?\\s+(\\d{4}))?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern MONTH_DAY = Pattern.compile(
			"^" + BULLET + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern FIGURES = Pattern.compile(
			"^" + BULLET + WEEKDAY + "(\\d{1,2})(?:/(\\d{1,2})(?:/(\\d{2,4}))?|\\.(\\d{1,2})\\.(\\d{4}))",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ISO = Pattern.compile("^" + BULLET + "()(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

	/**
	 * What may follow the date on its heading: nothing, or a separator and a few words.
	 */
	private static final Pattern REST = Pattern.compile("\\s*(?:$|[,\u00b7|:\u2013\u2014-]\\s*\\S)");

	/** What a heading names after its separator. */
	private static final Pattern PLACE = Pattern.compile("\\s[\u00b7|\u2013\u2014-]\\s+(.+)$");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]");

	private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");

	private static final Pattern WEEKDAY_WORD = Pattern.compile("\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b",
			Pattern.CASE_INSENSITIVE);

	private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

	private SectionDates() {
	}

	/**
	 * The latest year the text names, or 0: the year of undated headings when nothing
	 * else gives it.
	 */
	static int latestYear(String text) {
		int latest = 0;
		Matcher m = YEAR.matcher(text);
		while (m.find()) {
			latest = Math.max(latest, Integer.parseInt(m.group(1)));
		}
		return latest;
	}

	/**
	 * The date headings of an article by sentence index. A date line standing alone in
	 * the page's head (before any sentence of body text) is the page's own dateline, not
	 * a section heading, when no other date heading follows it. A heading without a year
	 * takes the year that puts it nearest the heading before it (timelines run across New
	 * Year).
	 */
	static Map<Integer, EventDate> headings(List<Sentence> sentences, LocalDate published, int textYear) {
		Map<Integer, EventDate> out = new LinkedHashMap<>();
		int bodyStart = sentences.size();
		EventDate before = null;
		for (int i = 0; i < sentences.size(); i++) {
			if (bodyStart == sentences.size() && isBodySentence(sentences.get(i).text())) {
				bodyStart = i;
			}
			EventDate date = heading(sentences, i, published, textYear);
			if (date != null) {
				before = (before == null || YEAR.matcher(date.expression()).find()) ? date : nearYear(date, before);
				out.put(i, before);
			}
		}
		if (out.size() == 1 && out.keySet().iterator().next() < bodyStart) {
			return Map.of();
		}
		return out;
	}

	/** A sentence of running text: a dozen words or more closed by a full stop. */
	private static boolean isBodySentence(String text) {
		String t = text.strip();
		return !t.isEmpty() && ".!?\"\u201d".indexOf(t.charAt(t.length() - 1)) >= 0 && t.split("\\s+").length >= 8;
	}

	private static EventDate nearYear(EventDate date, EventDate before) {
		LocalDate best = date.start();
		for (int shift = -1; shift <= 1; shift += 2) {
			LocalDate other = date.start().plusYears(shift);
			if (Math.abs(ChronoUnit.DAYS.between(before.start(), other)) < Math
				.abs(ChronoUnit.DAYS.between(before.start(), best))) {
				best = other;
			}
		}
		return best.equals(date.start()) ? date : EventDate.day(best, date.expression(),
				"an entry under the date heading '" + date.expression() + "' → " + best);
	}

	/**
	 * The day sentence {@code i} heads when it is a heading that opens with a day: a
	 * short line standing alone, not closed like a sentence; null otherwise.
	 */
	static EventDate heading(List<Sentence> sentences, int i, LocalDate published, int textYear) {
		Sentence s = sentences.get(i);
		String text = s.text().strip();
		boolean alone = (i == 0 || sentences.get(i - 1).paragraph() != s.paragraph())
				&& (i + 1 == sentences.size() || sentences.get(i + 1).paragraph() != s.paragraph());
		if (!alone || text.isEmpty() || ".!?\"\u201d".indexOf(text.charAt(text.length() - 1)) >= 0
				|| words(text) > 10) {
			return null;
		}
		return of(text, published, textYear);
	}

	/** The words of a line, not counting bullets and dashes. */
	private static int words(String text) {
		int n = 0;
		for (String w : text.split("\\s+")) {
			n += WORD.matcher(w).find() ? 1 : 0;
		}
		return n;
	}

	/**
	 * The place a date heading names after its day ("▪ Tue 03.12.2019 — Ain al-Asad air
	 * base, Anbar province" names "Ain al-Asad air base, Anbar province"), or null when
	 * it names nothing after the day.
	 */
	static String place(String heading) {
		if (heading == null || of(heading, null, 2000) == null) {
			return null;
		}
		Matcher m = PLACE.matcher(heading);
		return m.find() && WORD.matcher(m.group(1)).find() ? m.group(1).strip() : null;
	}

	/** The day a heading line opens with, or null. */
	static EventDate of(String text, LocalDate published, int textYear) {
		Matcher m;
		int day;
		int month;
		String year;
		if ((m = DAY_MONTH.matcher(text)).find()) {
			day = Integer.parseInt(m.group(2));
			month = MonthNames.month(m.group(3));
			year = m.group(4);
		}
		else if ((m = MONTH_DAY.matcher(text)).find()) {
			month = MonthNames.month(m.group(2));
			day = Integer.parseInt(m.group(3));
			year = m.group(4);
		}
		else if ((m = ISO.matcher(text)).find()) {
			year = m.group(2);
			month = Integer.parseInt(m.group(3));
			day = Integer.parseInt(m.group(4));
		}
		else if ((m = FIGURES.matcher(text)).find()) {
			day = Integer.parseInt(m.group(2));
			month = Integer.parseInt((m.group(3) != null) ? m.group(3) : m.group(5));
			year = (m.group(4) != null) ? m.group(4) : m.group(6);
			if (month > 12 && day <= 12 && m.group(5) == null) {
				// "08/28": written month first.
				int swap = day;
				day = month;
				month = swap;
			}
		}
		else {
			return null;
		}
		if (!REST.matcher(text.substring(m.end())).lookingAt()) {
			return null;
		}
		DayOfWeek weekday = (m.group(1) != null && !m.group(1).isEmpty())
				? DayOfWeek.of(DAYS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1) : null;
		LocalDate date = resolve(day, month, year, weekday, published, textYear);
		String stamp = m.group().replaceFirst("^\\W+", "").strip();
		return (date == null) ? null
				: EventDate.day(date, stamp, "an entry under the date heading '" + stamp + "' → " + date);
	}

	private static LocalDate resolve(int day, int month, String year, DayOfWeek weekday, LocalDate published,
			int textYear) {
		try {
			if (year != null) {
				int y = Integer.parseInt(year);
				return LocalDate.of((y < 100) ? 2000 + y : y, month, day);
			}
			if (published != null) {
				// The latest such day no more than a week after publication.
				LocalDate next = LocalDate.of(published.getYear() + 1, month, day);
				LocalDate latest = published.plusDays(7);
				return !next.isAfter(latest) ? next
						: !next.minusYears(1).isAfter(latest) ? next.minusYears(1) : next.minusYears(2);
			}
			if (textYear == 0) {
				return null;
			}
			for (int y = textYear + 1; weekday != null && y >= textYear - 6; y--) {
				LocalDate candidate = LocalDate.of(y, month, day);
				if (candidate.getDayOfWeek() == weekday) {
					return candidate;
				}
			}
			return LocalDate.of(textYear, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * "On Monday evening" under the heading "Tue 29/08": the Monday nearest the heading's
	 * day, not the Monday before publication.
	 */
	static List<DateMention> align(List<DateMention> dates, EventDate section) {
		if (section == null) {
			return dates;
		}
		List<DateMention> out = new ArrayList<>();
		for (DateMention d : dates) {
			if (d.kind() == DateResolver.Kind.RELATIVE_TO_PUBLICATION && d.date().precision() == DatePrecision.DAY
					&& WEEKDAY_WORD.matcher(d.date().expression()).find()) {
				DayOfWeek want = d.date().start().getDayOfWeek();
				int shift = want.getValue() - section.start().getDayOfWeek().getValue();
				shift = (shift > 3) ? shift - 7 : (shift < -3) ? shift + 7 : shift;
				LocalDate day = section.start().plusDays(shift);
				out.add(new DateMention(d.start(), d.end(),
						EventDate.day(day, d.date().expression(), "'" + d.date().expression()
								+ "' in the week of the heading '" + section.expression() + "' → " + day),
						d.kind()));
			}
			else {
				out.add(d);
			}
		}
		return out;
	}

}

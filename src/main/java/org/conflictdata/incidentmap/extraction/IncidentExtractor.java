package org.conflictdata.incidentmap.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictdata.incidentmap.article.Article;
import org.conflictdata.incidentmap.extraction.DateResolver.DateMention;
import org.conflictdata.incidentmap.extraction.EventClassifier.Trigger;
import org.conflictdata.incidentmap.extraction.Sentences.Sentence;

/**
 * The extraction entry point: reads an article sentence by sentence and returns one
 * {@link IncidentMention} per reported event phrase. Each phrase gets its part of the
 * sentence ({@link EventSegments}) and from that part its date ({@link MentionDates}),
 * casualties, actors and weapon. A phrase whose sentence gives no date inherits the date
 * of the story so far when it continues that story: the sentence just before, or up to
 * two back in the same paragraph, or up to four back when it points back with "this",
 * "those" ("On Friday, December 27th ... The Friday volley ... hit the K1 base"); a
 * sentence that reports what came next ("Then Washington retaliated") gets the week after
 * instead, and a phrase that refers to an earlier event ("after the airstrikes") inherits
 * nothing. On a live page, a phrase in a time-stamped entry ("23:40 - ...") without a
 * date of its own takes the page's date line, or the publication day. A sentence without
 * an event phrase right after one ("One U.S. contractor was killed and several soldiers
 * wounded", "It was likely carried out by Israel"), and a generic "this attack", add
 * their casualties, weapon and perpetrators to the mention before. Generic attack verbs
 * ("attacked a military base in Kirkuk last Friday") are kept only when a specific report
 * in the same article shares their day or week, whose type they take; otherwise the text
 * does not say what kind of event they were. Plans, threats, hypotheticals and policy are
 * dropped; history and aggregates are kept with {@code historical = true}. The headline
 * is skipped: the lead reports the same event with its date. An article with empty text
 * gives an empty list; a null article is rejected.
 */
public final class IncidentExtractor {

	private static final Pattern PLACE_POINTED_BACK = Pattern.compile(
			"\\b(?:of|near|outside|in|from|around)\\s+the\\s+(?:town|city|village)\\b(?!\\s+of\\b)(?!'s)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern UNNAMED_SETTLEMENT = Pattern
		.compile("\\b(?:the|a|an)\\s+(?:neighbou?ring\\s+|nearby\\s+|same\\s+)?(?:city|town|village)\\b(?!\\s+of\\b)"
				+ "|\\bthe\\s+\\p{Lu}[\\p{L}'-]*\\s+(?:neighbou?rhood|quarter|district)\\b");

	private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-•*–]|\\d{1,2}[.)])\\s");

	public IncidentExtractor() {
	}

	/**
	 * The incident mentions in {@code article}, in text order.
	 * @throws IllegalArgumentException when article is null
	 */
	public List<IncidentMention> extract(Article article) {
		if (article == null) {
			throw new IllegalArgumentException("article must not be null");
		}
		LocalDate published = article.published();
		List<Sentence> split = Sentences.split(article.text());
		// "Strikes in Syria", "Additional strikes (June 18)": a heading names what the
		// section under it reports; it reports nothing itself, and the story runs on
		// across it.
		List<Sentence> sentences = new ArrayList<>();
		// What a "Background" heading opens, up to the next heading, is history.
		Set<Sentence> background = new HashSet<>();
		boolean inBackground = false;
		int labelled = -1;
		for (int i = 0; i < split.size(); i++) {
			if (Recollections.opensWithBackgroundLabel(split.get(i).text())) {
				// "Background: The strikes were ...": that paragraph.
				labelled = split.get(i).paragraph();
			}
			if (StoryTies.isHeadingLine(split, i)) {
				inBackground = Recollections.isBackgroundHeading(split.get(i).text());
			}
			else if (inBackground || split.get(i).paragraph() == labelled) {
				background.add(split.get(i));
			}
			if (!StoryTies.isSectionHeading(split, i)) {
				sentences.add(split.get(i));
			}
		}
		List<MentionDraft> drafts = new ArrayList<>();
		Story story = new Story();
		EventDate anchor = null;
		EventDate section = null;
		// The place the date heading over the entry names: where its events are.
		String entryPlace = null;
		// The latest year the text names: the year of yearless headings and stamps.
		int textYear = SectionDates.latestYear(article.text());
		Map<Integer, EventDate> headings = SectionDates.headings(sentences, published, textYear);
		// The day a live page's time stamps belong to: its own date line, else
		// publication.
		EventDate pageDay = (published != null) ? EventDate.day(published, "",
				"a time-stamped entry of a page published " + published + " → " + published) : null;
		int stampedParagraph = -1;
		// "18.06 — RUMAYTHA (Muthanna). IED detonated ...": the entry's day.
		Map<Integer, EntryStamps.Stamp> stamps = EntryStamps.of(sentences, published, textYear);
		EventDate entry = null;
		List<DatedReferences.Reference> references = new ArrayList<>();
		MentionDraft last = null;
		// The phrases of the last sentence that reported events.
		List<MentionDraft> told = List.of();
		String lead = null;
		boolean leadNamesPlace = false;
		int lastSentenceDrafts = 0;
		boolean passing = false;
		for (int i = 0; i < sentences.size(); i++) {
			Sentence s = sentences.get(i);
			String text = s.text();
			if (text.equals(article.title())) {
				// The headline restates the lead without its date; the lead is the
				// report.
				continue;
			}
			if (lead == null || (!leadNamesPlace && ReportSignals.namesPlace(text))) {
				// The first sentence that names a place, else the lead under the
				// headline: where a news story says it is.
				leadNamesPlace = ReportSignals.namesPlace(text);
				lead = text;
			}
			if (LIST_ITEM.matcher(text).lookingAt()) {
				// The items of a round-up are separate reports: "the previous night"
				// in one counts from the round-up's date, not from the item before.
				anchor = (published != null) ? EventDate.day(published, "", "the round-up's date " + published) : null;
			}
			if (StoryTies.isHeadingLine(sentences, i) || headings.containsKey(i)) {
				// A timeline's date heading dates its entries until the next heading.
				section = headings.get(i);
				anchor = (section != null) ? section : anchor;
				// The entry under a new date heading is a story of its own.
				story = (section != null) ? new Story() : story;
				entryPlace = (section != null) ? SectionDates.place(text) : null;
			}
			List<DateMention> all = SectionDates.align(DateResolver.find(text, published, anchor), section);
			EventDate dateLine = MentionDates.dateLine(text, all);
			if (dateLine != null) {
				pageDay = EventDate.day(dateLine.start(), dateLine.expression(),
						"a time-stamped entry under the date line '" + dateLine.expression() + "' → "
								+ dateLine.start());
			}
			EntryStamps.Stamp stamp = (i == 0 || sentences.get(i - 1).paragraph() != s.paragraph())
					? stamps.get(s.paragraph()) : null;
			if (stamp != null) {
				stampedParagraph = s.paragraph();
				entry = stamp.day();
				anchor = stamp.timeOnly() ? ((pageDay != null) ? pageDay : anchor) : entry;
			}
			// A day the entry's own text has since given takes over from the stamp.
			EventDate entryDay = (entry != null && stampedParagraph == s.paragraph()
					&& !(story.paragraph == s.paragraph() && !story.date.start().equals(entry.start()))) ? entry : null;
			if (story.isNear(i, s.paragraph(), 2)) {
				all = MentionDates.alignWeekdays(all, story.date);
			}
			references.addAll(DatedReferences.in(text, all));
			List<int[]> referring = EventReferences.spans(text);
			// "for the assassination of an activist in Karbala earlier this month":
			// the date of the event referred to, not of the one reported.
			List<DateMention> outside = all.stream()
				.filter((d) -> !EventReferences.inside(referring, d.start(), d.end()))
				.toList();
			List<DateMention> dates = MentionDates.eventDates(text, outside);
			boolean onlyReportingDates = dates.isEmpty() && !outside.isEmpty();
			List<EventSegments.Segment> segments = EventSegments.of(text, Continuations.triggers(sentences, i), dates);
			List<MentionDraft> fromSentence = new ArrayList<>();
			for (EventSegments.Segment seg : segments) {
				Trigger t = seg.trigger();
				if (EventClassifier.isNonEvent(text, t)) {
					continue;
				}
				String before = text.substring(0, t.start());
				if (StoryTies.isRecap(text, t, before, drafts)) {
					continue;
				}
				if (AttackNounRules.namesBack(t) && dates.isEmpty() && !drafts.isEmpty()) {
					// "one of its fighters was killed and 18 wounded in the strike": the
					// toll of an event told before, which the hand-over below finds.
					continue;
				}
				// "the strike", not "the US retaliated": only a noun can point back.
				boolean nominal = !PointingBack.VERB_FORM.matcher(t.phrase()).find()
						&& !Continuations.continues(text, t);
				boolean anaphoric = nominal && PointingBack.ANAPHORIC.matcher(before).find();
				boolean definite = nominal && PointingBack.DEFINITE.matcher(before).find();
				if (t.generic() && last != null && ((anaphoric && i - last.lastTold() <= 2)
						|| (definite && i - last.lastTold() == 1 && lastSentenceDrafts == 1))) {
					String part = text.substring(seg.start(), seg.end());
					TollHandOver.enrich(last, part,
							ActorExtractor.extract(part, t.start() - seg.start(), t.end() - seg.start()));
					if (last.trigger.type() != null && last.date != null
							&& ReportSignals.namesPlace(text.substring(t.end(), seg.end()))
							&& !ReportSignals.namesPlace(last.sentence.text())) {
						// "The strikes targeted depots at Jurf al-Sakhar and near
						// Karbala" after strikes "across Iraq": the same event, at
						// places of its own.
						fromSentence
							.add(new MentionDraft(s, new Trigger(last.trigger.type(), t.phrase(), t.start(), t.end()),
									last.date, new ArrayList<>(last.actors), null, null, last.weapon, text));
					}
					last.sentenceIndex = i;
					continue;
				}
				List<EventDate> phraseDates = MentionDates.forPhrase(text, t, seg.start(), seg.end(),
						Continuations.ownDates(text, t, dates), segments.size() == 1);
				List<EventDate> own = phraseDates;
				boolean ownOnlyRelative = own.isEmpty() || dates.stream()
					.filter((d) -> phraseDates.contains(d.date()))
					.allMatch((d) -> d.kind() == DateResolver.Kind.RELATIVE_TO_ANCHOR);
				if (t.generic() && ownOnlyRelative && (last == null || i - last.lastTold() <= 2)
						&& (anaphoric || definite || (nominal && PointingBack.QUANTIFIED.matcher(before).find()))) {
					// "No group claimed any of the attacks" after a round-up of three,
					// "The strikes come only hours after ..." under the headline:
					// events already reported, not a new one.
					continue;
				}
				EventDate inherited = null;
				Matcher back = PointingBack.BACK_REFERENCE.matcher(before);
				boolean backReference = back.find();
				EventDate counted = backReference ? StoryTies.countedTo(back.start(), before, dates) : null;
				if (counted != null) {
					// "two days after a suicide bomber drove ...": the event is dated
					// by the count, not merely recalled; the day the sentence opens
					// on ("on Friday, a week after an air strike") is the count's anchor.
					backReference = false;
					own = List.of(counted);
				}
				if (own.isEmpty() && !backReference && entryDay != null) {
					inherited = entryDay;
				}
				else if (own.isEmpty() && !onlyReportingDates && !backReference
						&& story.isNear(i, s.paragraph(), MentionDates.storyWindow(anaphoric, text))) {
					// Forces that "responded with tear gas and then live bullets" answer
					// a
					// crowd on the spot, not days later as a retaliation does.
					inherited = ReportSignals.reportsLaterEvent(text)
							&& t.type() != EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS
									? MentionDates.sequel(story.date, text, published) : story.date;
				}
				else if (own.isEmpty() && !onlyReportingDates && !backReference && section != null) {
					inherited = section;
				}
				else if (own.isEmpty() && !backReference && stampedParagraph == s.paragraph() && entry == null
						&& pageDay != null) {
					// "23:40 - ... Two Katyusha rockets have landed inside the Green
					// Zone".
					inherited = pageDay;
				}
				String neighbour = (inherited != null) ? PlaceWindows.leading(story.text, story.sentence, sentences, i)
						: (i > 0) ? sentences.get(i - 1).text() : "";
				// A sentence that goes on with the event just reported ("terrorists
				// attacked a position in Albu Karma" after "an attack ... in Albu
				// Karma, in Al-Muqdadiya district") may name only a village the
				// gazetteer lacks; the sentence before then says where it is.
				boolean sameStory = last != null && last.lastTold() == i - 1 && t.type() != null
						&& t.type() == last.trigger.type();
				// "about 20 km north of the town" points back to a town named before.
				boolean pointsBack = PLACE_POINTED_BACK.matcher(text).find();
				String context = ReportSignals.namesPlace(EventReferences.without(text)) && !sameStory && !pointsBack
						? text
						: (((inherited != null) ? neighbour : (i > 0) ? sentences.get(i - 1).text() : "") + " " + text)
							.strip();
				if (lead != null && !context.equals(text) && !context.startsWith(lead)
						&& UNNAMED_SETTLEMENT.matcher(text).find() && !ReportSignals.namesPlace(context)) {
					// "into the city", "in a neighbouring village", no place named
					// near: the settlement of the story, named in its lead.
					context = lead + " " + context;
				}
				EventDate dated = own.isEmpty() ? inherited : own.get(0);
				if (entryPlace != null && dated != null && dated.start().equals(section.start())) {
					context = entryPlace + ". " + context;
				}
				List<MentionDraft> made = drafts(s, seg, own, inherited, context, published, background.contains(s));
				for (MentionDraft d : made) {
					d.counted = counted != null;
					// "in retaliation for the U.S. drone strike that killed ...",
					// undated: an earlier event recalled, not a new one.
					d.historical |= backReference && d.date == null;
				}
				fromSentence.addAll(made);
			}
			MentionDraft about = (fromSentence.isEmpty() && !passing)
					? TollHandOver.handOver(drafts, told, last, i, s.paragraph(), text, dates) : null;
			if (about != null) {
				last = about;
				told = List.of(about);
			}
			drafts.addAll(fromSentence);
			for (MentionDraft d : fromSentence) {
				d.sentenceIndex = i;
				last = d;
			}
			if (!fromSentence.isEmpty()) {
				told = fromSentence;
				// "struck sites late Thursday, a day after a barrage of rockets hit
				// Camp Taji": what follows is about the strikes or either, not the
				// barrage.
				passing = last.counted && fromSentence.stream().anyMatch((x) -> !x.counted);
				// "the attack" in the next sentence is unambiguous only after a single
				// report.
				lastSentenceDrafts = fromSentence.size();
			}
			// "A day later" counts from the last day the text named; a month will do
			// only until a day is named. An event's own day, not the day it was
			// reported ("killing nine ... on Tuesday evening, officials said on
			// Wednesday"). A day the text only reports on ("medical sources said on
			// Friday") does not replace the day of an event already told: "a day after
			// the bombing" counts from the bombing.
			boolean keepEventDay = onlyReportingDates && anchor != null && anchor.precision() == DatePrecision.DAY;
			EventDate day = keepEventDay ? null
					: MentionDates.anchorOf(dates.isEmpty() ? all : dates, DatePrecision.DAY);
			EventDate coarse = MentionDates.anchorOf(all, DatePrecision.MONTH);
			if (day != null) {
				anchor = day;
			}
			else if (coarse != null && (anchor == null || anchor.precision() != DatePrecision.DAY)) {
				anchor = coarse;
			}
			EventDate storyNow = MentionDates.anchorOf(MentionDates.withoutSpanStarts(text, dates),
					DatePrecision.MONTH);
			if (storyNow == null && !fromSentence.isEmpty()) {
				storyNow = fromSentence.get(fromSentence.size() - 1).date;
			}
			if (storyNow != null) {
				story.move(storyNow, i, s.paragraph(), text);
			}
		}
		for (MentionDraft d : drafts) {
			d.date = DatedReferences.refine(d.date, d.sentence.text(), references);
		}
		LeadDays.lend(drafts, published);
		return GenericReports.resolve(drafts);
	}

	private static List<MentionDraft> drafts(Sentence s, EventSegments.Segment seg, List<EventDate> own,
			EventDate inherited, String placeContext, LocalDate published, boolean inBackground) {
		String segment = s.text().substring(seg.start(), seg.end());
		Trigger t = seg.trigger();
		CasualtyParser.Casualties casualties = CasualtyParser.parse(segment);
		List<Actor> actors = ActorExtractor.crowdRoles(t.type(),
				ActorExtractor.extract(segment, t.start() - seg.start(), t.end() - seg.start()));
		String weapon = WeaponExtractor.extract(segment);
		List<EventDate> dates = new ArrayList<>(own);
		if (dates.isEmpty()) {
			dates.add(inherited);
		}
		List<MentionDraft> out = new ArrayList<>();
		for (EventDate date : dates) {
			MentionDraft d = new MentionDraft(s, t, date, actors, casualties.killed(), casualties.wounded(), weapon,
					placeContext);
			// A habit is read from the sentence's clause, not the segment: "sleeper
			// cells still carry out ambushes and roadside bombings" is habitual for
			// both. A day borrowed from the story does not make a lasting state one
			// event: "such attacks have become routine" after Thursday's bomb.
			String clause = t.generic() ? s.text() : ReportSignals.clauseAround(s.text(), t.start(), t.end());
			d.historical = ReportSignals.isLongBefore(date, published)
					|| ReportSignals.isAggregate(segment, t.start() - seg.start(), t.end() - seg.start(), date)
					|| ReportSignals.isHabitual(clause, date) || (own.isEmpty() && ReportSignals.isLasting(clause))
					|| Recollections.isSpanTally(t, date) || Recollections.isRecalledSince(s.text(), t, own)
					|| Recollections.isPlacedBefore(s.text(), t, own) || ReportSignals.opensWithSpan(s.text(), own)
					|| Admissions.isAdmittedOldEvent(s.text(), t, published)
					|| Recollections.isDatedBackground(inBackground, own, date, published);
			out.add(d);
		}
		return out;
	}

	/** The date, place in the text and sentence of the story told so far. */
	private static final class Story {

		private EventDate date;

		private int sentence = -10;

		private int paragraph = -1;

		private String text = "";

		/** Whether sentence {@code i} is close enough to continue the story. */
		boolean isNear(int i, int paragraphOfI, int window) {
			return this.date != null
					&& (i - this.sentence == 1 || (paragraphOfI == this.paragraph && i - this.sentence <= window)
							|| (window > 2 && i - this.sentence <= window));
		}

		void move(EventDate date, int sentence, int paragraph, String text) {
			this.date = date;
			this.sentence = sentence;
			this.paragraph = paragraph;
			this.text = text;
		}

	}

}

package org.conflictdata.incidentmap.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.conflictdata.incidentmap.extraction.DateResolver.DateMention;
import org.conflictdata.incidentmap.extraction.EventClassifier.Trigger;

/**
 * Chooses the date of one event phrase from the dates its sentence mentions, and carries
 * dates from one sentence to the next. A phrase takes the date in its own part of the
 * sentence nearest to it, or any date of the sentence when it is the sentence's only
 * phrase; "on March 14 and again on March 17" gives both days. A "since" date opens a
 * span and dates a phrase only when no other date does. Dates of the reporting rather
 * than the event ("At a press briefing January 2nd", "said on Wednesday", "a meeting on
 * March 12", the date in a dateline) are not event dates. Empty input gives no dates.
 */
final class MentionDates {

	private static final Pattern RELATIVE_PRONOUN = Pattern.compile("\\b(?:that|which|who|whom)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SAME_DAY_OPENING = Pattern.compile("(?i)(?:by|that|later that|by that|towards?)\\s+"
			+ "(?:the\\s+)?(?:evening|nightfall|night|afternoon|midday|noon|dusk|sunset|day's end)\\b\\s*,");

	/** How much of a line may be other than its date for the line to be a date line. */
	private static final int DATE_LINE_SLACK = 12;

	private static final Pattern COUNTED_FROM = Pattern.compile("\\b(?:after|later than)$", Pattern.CASE_INSENSITIVE);

	private static final Pattern SINCE_BEFORE = Pattern.compile("\\bsince\\s+$", Pattern.CASE_INSENSITIVE);

	private static final Pattern STATE_CLAUSE = Pattern.compile("\\b(?:who|which|that)\\s+(?:had|have|has)\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "the fighters killed on Sunday", "a protester shot dead late Friday": a participle
	 * just before a date makes the date that participle's; "were killed on Sunday" is the
	 * event's own verb.
	 */
	private static final Pattern OTHER_PARTICIPLE = Pattern
		.compile("(?<!\\b(?:was|were|been|being|is|are|be|had|has|have)\\s)"
				+ "\\b(?:killed|slain|shot(?:\\s+dead)?|wounded|injured|martyred|arrested|abducted|kidnapped|detained)\\s+(?:(?:on|late|early|last)\\s+){0,2}$",
				Pattern.CASE_INSENSITIVE);

	/** "who have camped there since ...": a relative clause of a lasting state. */
	private static final Pattern STATE_CLAUSE_BEFORE = Pattern
		.compile("\\b(?:who|which|that)\\s+(?:had|have|has)\\b[^,;]*$", Pattern.CASE_INSENSITIVE);

	private static final Pattern REPORTING = Pattern.compile("\\b(?:briefing|conference|statement|interview|meeting"
			+ "|speech|hearing|said|says|told|announced|tweeted|wrote)\\s+(?:\\w+\\s+)?$"
			// "officials told our reporter on Thursday"
			+ "|\\btold\\s+(?:\\w+\\s+){2}$", Pattern.CASE_INSENSITIVE);

	private static final Pattern DATELINE_BEFORE = Pattern
		.compile("\\p{Lu}[\\p{L} .'-]{1,40}(?:\\s*\\([^)]{1,30}\\))?(?:,\\s*[\\p{L} .'-]{1,30})*,\\s*");

	private static final Pattern DATELINE_AFTER = Pattern.compile("\\s*(?:\\([^)]{1,40}\\)\\s*)?[-\u2013\u2014]\\s");

	private static final Pattern AND_AGAIN = Pattern.compile("\\s*,?\\s*and\\s+(?:again\\s+)?(?:on\\s+)?");

	private MentionDates() {
	}

	/** What stands between a weekday and the calendar day that restates it. */
	private static final Pattern RESTATING = Pattern.compile("\\s*(?:\\(|,|\u2013|\u2014|-)\\s*(?:the\\s+)?");

	/** The dates of the sentence that date events, reporting dates removed. */
	static List<DateMention> eventDates(String sentence, List<DateMention> dates) {
		return dates.stream()
			.filter((d) -> !REPORTING.matcher(sentence.substring(Math.max(0, d.start() - 40), d.start())).find())
			.filter((d) -> !isDateline(sentence, d))
			.filter((d) -> !isRestated(sentence, d, dates))
			.toList();
	}

	/**
	 * "on Monday night (22 April)", "last Friday, 3 May": a weekday counted from
	 * publication that the text at once restates as a calendar day; the calendar day is
	 * the event's, whatever day the weekday would fall on.
	 */
	private static boolean isRestated(String sentence, DateMention d, List<DateMention> dates) {
		if (d.kind() != DateResolver.Kind.RELATIVE_TO_PUBLICATION || d.date().precision() != DatePrecision.DAY) {
			return false;
		}
		return dates.stream()
			.anyMatch((e) -> e.kind() == DateResolver.Kind.ABSOLUTE && e.date().precision() == DatePrecision.DAY
					&& e.start() >= d.end() && RESTATING.matcher(sentence.substring(d.end(), e.start())).matches());
	}

	/**
	 * "HASAKAH, Syria, 14 February 2022 - ...": the date of the report, not of the event.
	 */
	private static boolean isDateline(String sentence, DateMention d) {
		return DATELINE_BEFORE.matcher(sentence.substring(0, d.start())).matches()
				&& DATELINE_AFTER.matcher(sentence.substring(d.end())).lookingAt();
	}

	/** The dates of the phrase in {@code from..to}; see the class comment. */
	static List<EventDate> forPhrase(String sentence, Trigger t, int from, int to, List<DateMention> sentenceDates,
			boolean onlyPhrase) {
		List<DateMention> dates = new ArrayList<>();
		for (DateMention d : sentenceDates) {
			if (!CountedDays.isCountToEvent(sentence, d)) {
				dates.add(d);
			}
			else if (CountedDays.follows(sentence, d, t)) {
				// "two days after jets pounded the bases": the count dates the event
				// it names, unless that event gives its own day further on ("a week
				// after militants attacked a post ... on the night of 28 November").
				if (sentenceDates.stream().noneMatch((o) -> o != d && o.start() >= d.end())) {
					return new ArrayList<>(List.of(d.date()));
				}
			}
			else if (d.end() <= t.start()) {
				// Another event's day when this one is further on.
				continue;
			}
			else {
				// "Crowds stormed the embassy, two days after jets pounded ...": the
				// event before the count is on the day counted from.
				DateMention start = CountedDays.countedFrom(d);
				if (start != null) {
					dates.add(start);
				}
			}
		}
		List<DateMention> own = dates.stream().filter((d) -> d.start() >= from && d.end() <= to).toList();
		if (own.isEmpty() && onlyPhrase) {
			own = dates;
		}
		// "who had organised the sit-in since October, was seized ... on Sunday night":
		// "since" opens a span, it does not date a point event while another date does.
		List<DateMention> points = own.stream()
			.filter((d) -> !d.date().expression().toLowerCase(Locale.ROOT).startsWith("since "))
			.toList();
		if (!points.isEmpty()) {
			own = points;
		}
		// "The strike came a day after another rocket hit a home ... early on Sunday":
		// "a day after" dates the strike, not the event it is counted from.
		List<DateMention> ownDays = own.stream()
			.filter((d) -> !(d.end() <= t.start() && COUNTED_FROM.matcher(d.date().expression()).find()))
			.toList();
		if (!ownDays.isEmpty()) {
			own = ownDays;
		}
		// "In the town that the factions captured on 9 December, a car bomb exploded on
		// Saturday": a date inside a relative clause closed before the event dates the
		// clause's verb, while another date remains for the event.
		List<DateMention> outsideClauses = own.stream().filter((d) -> !inRelativeClauseBefore(sentence, d, t)).toList();
		if (!outsideClauses.isEmpty()) {
			own = outsideClauses;
		}
		// "waving the flags of the fighters killed on Sunday" after the event: the day of
		// another event, which must not date this one even when no other date is left.
		own = own.stream().filter((d) -> !killedBefore(sentence, d, t)).toList();
		// "protesters who have camped there since October hold a rally": the span starts
		// a
		// state the clause describes; it is not when the rally happened.
		own = own.stream().filter((d) -> !(opensSpan(sentence, d) && inStateClause(sentence, d, t))).toList();
		// "firing on protesters who had occupied the square since late October": the span
		// belongs to the people the clause describes, and dates nothing that happened.
		own = own.stream().filter((d) -> !(opensSpan(sentence, d) && describesTheTarget(sentence, t, d))).toList();
		List<EventDate> out = new ArrayList<>();
		DateMention nearest = null;
		for (DateMention d : own) {
			if (nearest == null || distance(d, t) < distance(nearest, t)) {
				nearest = d;
			}
		}
		if (nearest == null) {
			return out;
		}
		out.add(nearest.date());
		DateMention previous = nearest;
		for (DateMention d : own) {
			if (d.start() > previous.end() && d.date().precision() == DatePrecision.DAY
					&& nearest.date().precision() == DatePrecision.DAY
					&& AND_AGAIN.matcher(sentence.substring(previous.end(), d.start())).matches()) {
				out.add(d.date());
				previous = d;
			}
		}
		return out;
	}

	private static boolean inRelativeClauseBefore(String sentence, DateMention d, Trigger t) {
		if (d.end() > t.start() || sentence.substring(d.end(), t.start()).indexOf(',') < 0) {
			return false;
		}
		String before = sentence.substring(0, d.start());
		String clause = before.substring(before.lastIndexOf(',') + 1);
		return RELATIVE_PRONOUN.matcher(clause).find();
	}

	private static boolean opensSpan(String sentence, DateMention d) {
		return d.date().expression().toLowerCase(Locale.ROOT).startsWith("since ")
				|| SINCE_BEFORE.matcher(sentence.substring(Math.max(0, d.start() - 8), d.start())).find();
	}

	private static boolean killedBefore(String sentence, DateMention d, Trigger t) {
		return d.start() >= t.end()
				&& OTHER_PARTICIPLE.matcher(sentence.substring(Math.max(t.end(), d.start() - 40), d.start())).find();
	}

	private static boolean inStateClause(String sentence, DateMention d, Trigger t) {
		int from = (d.start() >= t.end()) ? t.end() : 0;
		return d.start() > from && STATE_CLAUSE_BEFORE.matcher(sentence.substring(from, d.start())).find()
				&& (d.start() >= t.end() || !sentence.substring(d.end(), t.start()).contains(","));
	}

	private static boolean describesTheTarget(String sentence, Trigger t, DateMention d) {
		return d.start() >= t.end() && STATE_CLAUSE.matcher(sentence.substring(t.end(), d.start())).find();
	}

	private static int distance(DateMention d, Trigger t) {
		return (d.end() <= t.start()) ? t.start() - d.end() : Math.max(0, d.start() - t.end());
	}

	/**
	 * "The Friday volley" after "On Friday, December 27th": a bare weekday names the day
	 * the story just dated, not the latest such day before publication.
	 */
	static List<DateMention> alignWeekdays(List<DateMention> dates, EventDate story) {
		if (story == null || story.precision() != DatePrecision.DAY) {
			return dates;
		}
		List<DateMention> out = new ArrayList<>();
		for (DateMention d : dates) {
			boolean sameWeekday = d.kind() == DateResolver.Kind.RELATIVE_TO_PUBLICATION
					&& d.date().precision() == DatePrecision.DAY
					&& d.date().start().getDayOfWeek() == story.start().getDayOfWeek()
					&& !d.date().start().equals(story.start());
			if (sameWeekday) {
				String day = story.start().getDayOfWeek().toString().toLowerCase(Locale.ROOT);
				EventDate aligned = EventDate.day(story.start(), d.date().expression(), "'" + d.date().expression()
						+ "' is the " + day + " the story has just dated → " + story.start());
				out.add(new DateMention(d.start(), d.end(), aligned, d.kind()));
			}
			else {
				out.add(d);
			}
		}
		return out;
	}

	/**
	 * The latest date the sentence mentions that can anchor "a day later"; null if none.
	 */
	static EventDate anchorOf(List<DateMention> dates, DatePrecision finest) {
		EventDate best = null;
		int bestEnd = -1;
		for (DateMention d : dates) {
			if (d.date().precision().compareTo(finest) <= 0 && d.end() > bestEnd) {
				best = d.date();
				bestEnd = d.end();
			}
		}
		return best;
	}

	/**
	 * "the heart of the protest movement since October last year": the start of a span
	 * the sentence looks back over, not a day the story is at.
	 */
	private static final Pattern SINCE = Pattern.compile(
			"\\bsince\\s+(?:(?:the\\s+)?(?:start|beginning|end|middle|turn)\\s+of\\s+|late\\s+|early\\s+|mid-?\\s*)?$",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "since January 2020, when Iran fired missiles": the span starts with an event told.
	 */
	private static final Pattern WHEN_AFTER = Pattern.compile("^,?\\s+when\\b", Pattern.CASE_INSENSITIVE);

	/**
	 * The dates of a sentence but those that open a span looked back over, unless an
	 * event of that day is told with them.
	 */
	static List<DateMention> withoutSpanStarts(String sentence, List<DateMention> dates) {
		return dates.stream()
			.filter((d) -> WHEN_AFTER.matcher(sentence.substring(d.end())).lookingAt()
					|| (!d.date().expression().toLowerCase(Locale.ROOT).startsWith("since ")
							&& !SINCE.matcher(sentence.substring(Math.max(0, d.start() - 40), d.start())).find()))
			.toList();
	}

	/** "Then" early in a sentence: the next step of the story. */
	private static final Pattern THEN = Pattern.compile("^(?:[\\w'\".,-]+\\s+){0,6}?then\\b", Pattern.CASE_INSENSITIVE);

	/**
	 * A story told with the part of its day: "on Wednesday afternoon", "at dawn on
	 * Monday".
	 */
	private static final Pattern DAYTIME = Pattern.compile("\\b(?:dawn|morning|noon|midday|afternoon)\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * The date of what a sentence says came next: the rest of the same day when the story
	 * happened in the morning or afternoon and the sentence goes on with "then" ("Rockets
	 * struck on Wednesday afternoon. Helicopters then hit the launch sites"), else the
	 * week after ({@link #weekAfter}).
	 */
	static EventDate sequel(EventDate story, String sentence, LocalDate published) {
		if (story.precision() == DatePrecision.DAY && story.expression() != null
				&& DAYTIME.matcher(story.expression()).find() && THEN.matcher(sentence).find()) {
			return EventDate.day(story.start(), story.expression(),
					"the same day as the event of " + story.start() + " ('" + story.expression()
							+ "'), since the sentence goes on with what happened then → " + story.start());
		}
		return weekAfter(story, published);
	}

	/**
	 * "By evening, crowds had gathered", "That night, a second blast": a sentence that
	 * opens with a later hour of the day the story is on goes on with that day, even
	 * across a paragraph.
	 */
	static boolean continuesSameDay(String sentence) {
		return sentence != null && SAME_DAY_OPENING.matcher(sentence).lookingAt();
	}

	/**
	 * How many sentences back an undated event may take the story's date: further for a
	 * phrase pointing back ("the attack"), a sequel ("Then"), a later hour of the day or
	 * another site of the same operation ("A second wave hit ...").
	 */
	static int storyWindow(boolean anaphoric, String sentence) {
		return (anaphoric || ReportSignals.reportsLaterEvent(sentence) || continuesSameDay(sentence)
				|| Continuations.opens(sentence)) ? 4 : 2;
	}

	/** The week after a story's date, for "Then Washington retaliated". */
	static EventDate weekAfter(EventDate story, LocalDate published) {
		LocalDate start = story.start().plusDays(1);
		LocalDate end = story.end().plusDays(7);
		if (published != null && end.isAfter(published) && !start.isAfter(published)) {
			end = published;
		}
		DatePrecision precision = (story.precision() == DatePrecision.DAY) ? DatePrecision.WEEK : story.precision();
		return new EventDate(start, end, precision, story.expression(), "after the event of " + story.start()
				+ ", since the sentence reports what followed → " + start + ".." + end);
	}

	/**
	 * The day a line consisting of little but a date names ("Wednesday 8 January 2020."),
	 * or null.
	 */
	static EventDate dateLine(String text, List<DateMention> dates) {
		if (dates.size() != 1 || dates.get(0).date().precision() != DatePrecision.DAY
				|| dates.get(0).kind() != DateResolver.Kind.ABSOLUTE) {
			return null;
		}
		DateMention d = dates.get(0);
		return (text.strip().length() - (d.end() - d.start()) <= DATE_LINE_SLACK) ? d.date() : null;
	}

}

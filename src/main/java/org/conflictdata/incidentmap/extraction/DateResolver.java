package org.conflictdata.incidentmap.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictdata.incidentmap.article.MonthNames;

/**
 * Finds the date expressions in one sentence and resolves each to an {@link EventDate}.
 * Three kinds are understood: absolute dates ("Dec. 29", "3 March 2020", "June 2018",
 * "Friday 17 to Saturday 18 January", "mid-March", "late 2019", "the last weekend of
 * 2019", "Christmas Day"), dates relative to publication ("last Friday", "on Monday
 * night", "yesterday", "earlier this month", "last week") and dates relative to the story
 * so far ("a day later", "two days after Kochavi's speech", "the previous day"), which
 * count from an anchor: the date the article mentioned most recently. A yearless date
 * takes the latest year that puts it on or before publication (Dec. 29 in an article of
 * 2020-01-03 is 2019-12-29); a bare weekday is the latest such day on or before
 * publication, "last" weekday the latest strictly before it, and "next" weekday is a
 * future plan, not an event, so it yields nothing. When a sentence pairs a date with a
 * weekday that disagrees ("December 27, a Sunday"), the explicit date wins and the
 * explanation records the disagreement. Without a publication date, expressions relative
 * to publication yield nothing and yearless dates borrow the anchor's year; without
 * either they yield nothing. Null or empty sentences give an empty list. Calendar
 * arithmetic lives in {@link Calendars}.
 */
public final class DateResolver {

	/** One resolved expression; offsets are relative to the sentence. */
	public record DateMention(int start, int end, EventDate date, Kind kind) {
	}

	/** What a date was resolved against. */
	public enum Kind {

		/** The text names the day, month or year itself. */
		ABSOLUTE,
		/** Counted from the publication date ("last Friday"). */
		RELATIVE_TO_PUBLICATION,
		/** Counted from an earlier date in the text ("a day later"). */
		RELATIVE_TO_ANCHOR

	}

	private static final String M = MonthNames.PATTERN;

	private static final String WD = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

	private static final String ORD = "(?:st|nd|rd|th)?";

	private static final int FLAGS = Pattern.CASE_INSENSITIVE;

	private static final Pattern HAS_DIGIT = Pattern.compile("\\d");

	private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

	// Each "(?=[...])" in front of a pattern holds the letters (either case) and digits
	// its
	// matches can begin with: it changes no match, but lets the matcher pass over most
	// positions with one test instead of trying every alternative there.

	private static final Pattern MONTH_DAY = Pattern.compile("(?=[adfjmnostw])(?:" + WD + ",?\\s+)?\\b(" + M
			+ ")\\s+(\\d{1,2})" + ORD + "\\b(?!\\s*[:.]\\d)(?:,?\\s+(\\d{4})\\b)?(?:,?\\s+(?:a\\s+)?" + WD + "\\b)?",
			FLAGS);

	private static final Pattern DAY_MONTH = Pattern.compile("(?=[fmstw0-9])(?:" + WD
			+ ",?\\s+)?(?:the\\s+)?\\b(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?(" + M + ")(?:,?\\s+(\\d{4})\\b)?", FLAGS);

	/** "Friday 17 to Saturday 18 January", "17-18 January 2020", "January 17-18". */
	private static final Pattern DAY_RANGE = Pattern.compile("(?=[adfjmnostw0-9])(?:(?:" + WD + ",?\\s+)?\\b(\\d{1,2})"
			+ ORD + "\\s*(?:-|\u2013|to|and|until)\\s*(?:" + WD + ",?\\s+)?(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?(" + M
			+ ")(?:,?\\s+(\\d{4})\\b)?|\\b(" + M + ")\\s+(\\d{1,2})" + ORD + "\\s*(?:-|\u2013|to|until)\\s*(\\d{1,2})"
			+ ORD + "\\b(?!\\s*[:.]\\d)(?:,?\\s+(\\d{4})\\b)?)", FLAGS);

	private static final Pattern MONTH_RANGE_YEAR = Pattern
		.compile("(?=[adfjmnos])\\b(" + M + ")\\s*-\\s*(" + M + ")\\s+(?:of\\s+)?(\\d{4})\\b", FLAGS);

	private static final Pattern MONTH_YEAR = Pattern.compile(
			"(?=[adefjlmnost])(?:\\b(early|mid|late|the end of|the beginning of|the start of|the middle of)[- ]+)?\\b("
					+ M + ")\\s+(?:of\\s+)?(\\d{4})\\b",
			FLAGS);

	private static final Pattern BARE_MONTH = Pattern.compile(
			"(?=[abdeilmostu])\\b(in|during|since|by|until|through|throughout|last|this|early|mid|late|the end of|the beginning of|and|or)[- ]+("
					+ M + ")(?!\\s*\\d)(?![\\p{L}-])",
			FLAGS);

	/**
	 * "June of last year", "in March this year": a month in a year named by its distance;
	 * "on 30 September last year", "March 4 of this year": a day in it.
	 */
	private static final Pattern MONTH_OF_NAMED_YEAR = Pattern
		.compile("(?=[adfjmnos0-9])(?:\\b(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?)?\\b(" + M + ")(?:\\s+(\\d{1,2})" + ORD
				+ "\\b(?!\\s*[:.]\\d),?)?\\s+(?:of\\s+)?(last|this|the previous|the past) year\\b", FLAGS);

	private static final Pattern YEAR = Pattern.compile(
			"(?=[elmt12])(?:\\b(early|mid|late|the end of|the beginning of|the start of|the middle of)[- ]+)?(?<![\\d,.$-])\\b((?:19|20)\\d{2})(s)?\\b(?![,.]?\\d)",
			FLAGS);

	private static final Pattern WEEKEND_OF = Pattern
		.compile("\\bthe\\s+(first|last)\\s+weekend\\s+of\\s+(?:(" + M + ")\\s*)?(\\d{4})?", FLAGS);

	private static final Pattern HOLIDAY = Pattern
		.compile("\\b(Christmas Day|Christmas Eve|New Year'?s Day|New Year'?s Eve)\\b", FLAGS);

	/**
	 * "overnight Wednesday into Thursday": a night is dated to the evening it began, as
	 * "Wednesday night" is.
	 */
	private static final Pattern OVERNIGHT = Pattern
		.compile("\\b(?:overnight|the night)\\s+(?:of\\s+|on\\s+|from\\s+|between\\s+)?" + WD
				+ "\\s+(?:into|to|and)\\s+" + WD + "\\b", FLAGS);

	private static final Pattern NIGHT_OF = Pattern.compile("\\b(?:night\\s+of|overnight(?:\\s+on)?)\\s+(?:the\\s+)?$",
			FLAGS);

	private static final Pattern WEEKDAY = Pattern
		.compile("(?=[flmnopstw])(?:\\b(last|this past|past|this|next|this coming|on)\\s+)?\\b" + WD
				+ "(?:'s)?(?:\\s+(night|morning|afternoon|evening))?\\b", FLAGS);

	private static final Pattern PUBLICATION_RELATIVE = Pattern
		.compile("(?=[eiloty])\\b(the day before yesterday|yesterday|today"
				+ "|tonight|last night|this morning|this afternoon|this evening|earlier today|earlier (?:this|in the) week"
				+ "|this week"
				+ "|last week|the past week|earlier this month|this month|last month|earlier this year|this year|last year"
				+ "|over the weekend|last weekend|this weekend|this past weekend|in recent days|in recent weeks)\\b",
				FLAGS);

	/**
	 * "on the 4th of the month", "the fourth of last month", "the third and fourth of
	 * this month" (the first of the two days).
	 */
	private static final Pattern DAY_OF_MONTH = Pattern.compile(
			"\\bthe\\s+(\\d{1,2}(?:st|nd|rd|th)|" + Ordinals.PATTERN
					+ ")(?:\\s+(?:and|or|to)\\s+(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)|" + Ordinals.PATTERN
					+ "))?\\s+(?:day\\s+)?of\\s+(this|the|last|that|the same|the previous|the current)\\s+month\\b",
			FLAGS);

	/**
	 * "on the 13th", "late on the 15th": a day of an unnamed month, as monitors and
	 * round-ups write dates; not "the 13th of", "the 13th October", nor ordinals of other
	 * things ("on the 5th floor", "on the 10th anniversary").
	 */
	private static final Pattern BARE_DAY = Pattern
		.compile("\\bon\\s+the\\s+(\\d{1,2}(?:st|nd|rd|th))\\b(?!-|\\s*(?:of\\b"
				+ "|day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|floor|anniversar|centur|annual|round|time|attempt|stor"
				+ "|division|brigade|regiment|battalion|army|armoured|street|district|corps|fleet|parallel|amendment))",
				FLAGS);

	private static final Pattern AGO = Pattern
		.compile("\\b(" + NumberWords.PATTERN + "|a few|several)\\s+(day|week|month|year)s?\\s+ago\\b", FLAGS);

	// Cues (see Cues): lower-case words every match of the patterns contains, checked
	// before they run. Every month name and abbreviation begins with one of the month
	// cues, at the start of a word: every month pattern has a word boundary, a space or a
	// hyphen right before the month, so "decided" or "primary" rule nothing in.
	private static final Cues MONTH_CUES = Cues.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
			"nov", "dec");

	private static final Cues WEEKDAY_CUES = Cues.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
			"sunday");

	private static final Cues PUBLICATION_RELATIVE_CUES = Cues.of("yesterday", "today", "tonight", "last night",
			"this morning", "this afternoon", "this evening", "week", "month", "year", "recent days");

	private static final Cues AGO_CUES = Cues.of("ago");

	private static final Cues OVERNIGHT_CUES = Cues.of("night")
		.and("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

	private static final Cues DAY_OF_MONTH_CUES = Cues.of("month");

	private static final Cues BARE_DAY_CUES = Cues.of("on the");

	private static final Cues WEEKEND_OF_CUES = Cues.of("weekend");

	private static final Cues HOLIDAY_CUES = Cues.of("christmas", "new year");

	private DateResolver() {
	}

	/**
	 * The date expressions in {@code sentence}, in order, overlapping ones reduced to the
	 * longest.
	 * @param sentence one sentence of normalised text
	 * @param published the article's publication date, or null
	 * @param anchor the date the text mentioned most recently before this sentence, or
	 * null
	 */
	public static List<DateMention> find(String sentence, LocalDate published, EventDate anchor) {
		List<DateMention> found = new ArrayList<>();
		if (sentence == null || sentence.isBlank()) {
			return found;
		}
		Calendars cal = new Calendars(published, anchor);
		String folded = Cues.fold(sentence);
		absolute(sentence, folded, cal, found);
		relativeToPublication(sentence, folded, cal, found);
		AnchoredDates.find(sentence, folded, cal, published, found);
		return nightsAsDays(sentence, withoutOverlaps(found));
	}

	/**
	 * "the night of 7-8 January": a two-day range that names a night is the day the night
	 * began, as "Wednesday night" is; other ranges stay ranges.
	 */
	private static List<DateMention> nightsAsDays(String sentence, List<DateMention> found) {
		List<DateMention> out = new ArrayList<>(found.size());
		for (DateMention d : found) {
			EventDate date = d.date();
			boolean twoDays = date.precision() != DatePrecision.DAY && date.end().equals(date.start().plusDays(1));
			if (twoDays && NIGHT_OF.matcher(sentence.substring(Math.max(0, d.start() - 20), d.start())).find()) {
				date = EventDate.day(date.start(), date.expression(),
						date.explanation() + "; a night is dated to the evening it began → " + date.start());
			}
			out.add(new DateMention(d.start(), d.end(), date, d.kind()));
		}
		return out;
	}

	private static void absolute(String s, String folded, Calendars cal, List<DateMention> out) {
		if (!HAS_DIGIT.matcher(s).find()) {
			// Every absolute form but a bare month or a holiday has a number in it.
			absoluteWithoutNumbers(s, folded, cal, out);
			return;
		}
		boolean month = MONTH_CUES.mayBeginWord(folded);
		Matcher m = ISO.matcher(s);
		while (m.find()) {
			add(out, m, cal.iso(m.group(), m.group(1), m.group(2), m.group(3)), Kind.ABSOLUTE);
		}
		m = MONTH_DAY.matcher(s);
		while (month && m.find()) {
			if (m.group(2).equals("may")) {
				continue;
			}
			add(out, m, cal.day(m.group().strip(), MonthNames.month(m.group(2)), m.group(3), m.group(4),
					m.group(1) != null ? m.group(1) : m.group(5)), Kind.ABSOLUTE);
		}
		m = DAY_MONTH.matcher(s);
		while (month && m.find()) {
			if (m.group(3).equals("may")) {
				continue;
			}
			add(out, m, cal.day(m.group().strip(), MonthNames.month(m.group(3)), m.group(2), m.group(4), m.group(1)),
					Kind.ABSOLUTE);
		}
		m = DAY_RANGE.matcher(s);
		while (month && m.find()) {
			// Groups: weekday, day, weekday, day, month, year | month, day, day, year.
			boolean dayFirst = m.group(5) != null;
			String monthName = dayFirst ? m.group(5) : m.group(7);
			if (!monthName.equals("may")) {
				add(out, m,
						cal.dayRange(m.group().strip(), MonthNames.month(monthName), dayFirst ? m.group(2) : m.group(8),
								dayFirst ? m.group(4) : m.group(9), dayFirst ? m.group(6) : m.group(10)),
						Kind.ABSOLUTE);
			}
		}
		if (month) {
			CrossMonthRanges.find(s, cal, out);
		}
		m = MONTH_RANGE_YEAR.matcher(s);
		while (month && m.find()) {
			add(out, m, cal.monthRange(m.group(), MonthNames.month(m.group(1)), MonthNames.month(m.group(2)),
					Integer.parseInt(m.group(3))), Kind.ABSOLUTE);
		}
		m = MONTH_YEAR.matcher(s);
		while (month && m.find()) {
			if (!m.group(2).equals("may")) {
				add(out, m, cal.month(m.group(), part(m.group(1)), MonthNames.month(m.group(2)),
						Integer.valueOf(m.group(3))), Kind.ABSOLUTE);
			}
		}
		absoluteWithoutNumbers(s, folded, cal, out);
		m = YEAR.matcher(s);
		while (m.find()) {
			add(out, m, cal.year(m.group(), part(m.group(1)), Integer.parseInt(m.group(2)), m.group(3) != null),
					Kind.ABSOLUTE);
		}
	}

	private static void absoluteWithoutNumbers(String s, String folded, Calendars cal, List<DateMention> out) {
		boolean namesMonth = MONTH_CUES.mayBeginWord(folded);
		Matcher named = MONTH_OF_NAMED_YEAR.matcher(s);
		while (namesMonth && named.find()) {
			int back = named.group(4).equalsIgnoreCase("this") ? 0 : -1;
			String day = (named.group(1) != null) ? named.group(1) : named.group(3);
			add(out, named, cal.dayOfYearBack(named.group(), MonthNames.month(named.group(2)), day, back),
					Kind.ABSOLUTE);
		}
		Matcher m = BARE_MONTH.matcher(s);
		while (namesMonth && m.find()) {
			String qualifier = m.group(1).toLowerCase(Locale.ROOT);
			// "in May", "late May": after a preposition the capital is the month, not
			// the modal; after "and"/"or" it may begin a clause.
			boolean month = !m.group(2).equalsIgnoreCase("may")
					|| (m.group(2).equals("May") && !qualifier.equals("and") && !qualifier.equals("or"));
			if (month) {
				add(out, m, cal.month(m.group(), part(qualifier), MonthNames.month(m.group(2)),
						qualifier.equals("last") ? -1 : null), Kind.ABSOLUTE);
			}
		}
		m = WEEKEND_OF.matcher(s);
		while (WEEKEND_OF_CUES.mayMatch(folded) && m.find()) {
			add(out, m, cal.weekendOf(m.group(), m.group(1).equalsIgnoreCase("first"), MonthNames.month(m.group(2)),
					m.group(3)), Kind.ABSOLUTE);
		}
		m = HOLIDAY.matcher(s);
		while (HOLIDAY_CUES.mayMatch(folded) && m.find()) {
			add(out, m, cal.holiday(m.group()), Kind.ABSOLUTE);
		}
	}

	private static void relativeToPublication(String s, String folded, Calendars cal, List<DateMention> out) {
		Matcher m = OVERNIGHT.matcher(s);
		while (OVERNIGHT_CUES.mayMatch(folded) && m.find()) {
			DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
			add(out, m, cal.weekday(m.group(), day, false), Kind.RELATIVE_TO_PUBLICATION);
		}
		m = WEEKDAY.matcher(s);
		while (WEEKDAY_CUES.mayMatch(folded) && m.find()) {
			String qualifier = (m.group(1) != null) ? m.group(1).toLowerCase(Locale.ROOT) : "";
			if (qualifier.startsWith("next") || qualifier.equals("this coming")) {
				continue;
			}
			DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
			add(out, m, cal.weekday(m.group(), day, qualifier.equals("last")), Kind.RELATIVE_TO_PUBLICATION);
		}
		// "the 9th of this month" still to come names no event, and its "this month" none
		// either.
		List<int[]> unresolvedDays = new ArrayList<>();
		m = DAY_OF_MONTH.matcher(s);
		while (DAY_OF_MONTH_CUES.mayMatch(folded) && m.find()) {
			String which = m.group(2).toLowerCase(Locale.ROOT);
			boolean context = which.equals("that") || which.equals("the same");
			EventDate day = cal.dayOfMonth(m.group(), Ordinals.parse(m.group(1)), which);
			add(out, m, day, context ? Kind.RELATIVE_TO_ANCHOR : Kind.RELATIVE_TO_PUBLICATION);
			if (day == null) {
				unresolvedDays.add(new int[] { m.start(), m.end() });
			}
		}
		m = BARE_DAY.matcher(s);
		while (BARE_DAY_CUES.mayMatch(folded) && m.find()) {
			EventDate day = cal.dayOfMonth(m.group(), Ordinals.parse(m.group(1)), "the");
			add(out, m, day, Kind.RELATIVE_TO_PUBLICATION);
		}
		m = PUBLICATION_RELATIVE.matcher(s);
		while (PUBLICATION_RELATIVE_CUES.mayMatch(folded) && m.find()) {
			int start = m.start();
			if (unresolvedDays.stream().noneMatch((span) -> span[0] <= start && start < span[1])) {
				String key = m.group(1).toLowerCase(Locale.ROOT).replace("earlier in the", "earlier this");
				add(out, m, cal.relative(m.group(), key), Kind.RELATIVE_TO_PUBLICATION);
			}
		}
		m = AGO.matcher(s);
		while (AGO_CUES.mayMatch(folded) && m.find()) {
			int n = m.group(1).equalsIgnoreCase("a few") || m.group(1).equalsIgnoreCase("several") ? 3
					: NumberWords.parse(m.group(1));
			add(out, m, cal.ago(m.group(), n, m.group(2).toLowerCase(Locale.ROOT)), Kind.RELATIVE_TO_PUBLICATION);
		}
	}

	private static String part(String qualifier) {
		return (qualifier == null) ? null : qualifier.toLowerCase(Locale.ROOT);
	}

	static void add(List<DateMention> out, Matcher m, EventDate date, Kind kind) {
		if (date != null) {
			int start = m.start();
			while (Character.isWhitespace(m.group().charAt(start - m.start()))) {
				start++;
			}
			out.add(new DateMention(start, m.end(), date, kind));
		}
	}

	/**
	 * Keeps the longest of overlapping expressions ("Friday, December 27th" over
	 * "Friday").
	 */
	private static List<DateMention> withoutOverlaps(List<DateMention> found) {
		List<DateMention> sorted = new ArrayList<>(found);
		sorted.sort(Comparator.comparingInt((DateMention d) -> d.end() - d.start()).reversed());
		List<DateMention> kept = new ArrayList<>();
		for (DateMention d : sorted) {
			if (kept.stream().noneMatch((k) -> k.start() < d.end() && d.start() < k.end())) {
				kept.add(d);
			}
		}
		kept.sort(Comparator.comparingInt(DateMention::start));
		return kept;
	}

}

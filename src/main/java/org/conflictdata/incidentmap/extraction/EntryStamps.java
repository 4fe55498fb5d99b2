package org.conflictdata.incidentmap.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictdata.incidentmap.article.MonthNames;
import org.conflictdata.incidentmap.extraction.Sentences.Sentence;

/**
 * The stamps that open the entries of digests, logs and live pages: "15/06, approx.
 * 0030hrs — SINJAR", "18.06 — RUMAYTHA", "Sun 21/06 — AL-TANAK", "Friday 19 June, around
 * 2130hrs — ...", "June 19 —", "2020-06-15 |", and the bare times of a live page ("10:05
 * —", "0030hrs —", "23:40 local —"). A stamp counts only at the start of a paragraph and
 * only when a separator (a dash, colon, bar or middle dot) follows it, perhaps after a
 * time or a part of the day: "15/06 in prose", "24/7 coverage", "9/11" or a phone number
 * are no stamps. A day stamp without a year takes the year that puts it on or before
 * publication (a week's slack), so a digest of late December published in January stays
 * in December. "18.06" reads as a day where the page's other stamps are days, else as a
 * time. Null or empty input gives no stamps.
 */
final class EntryStamps {

	/** A paragraph's stamp: its day, or null for a time of the page's own day. */
	record Stamp(EventDate day) {

		boolean timeOnly() {
			return this.day == null;
		}

	}

	private static final String WEEKDAY = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";

	private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";

	private static final String TIME = "(?:\\d{1,2}[:.]\\d{2}|\\d{4}\\s*(?:hrs|h\\b|hours)|\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.))"
			+ "(?:\\s*(?:hrs|h\\b|hours|am|pm|a\\.m\\.|p\\.m\\.))?"
			+ "(?:\\s*(?:local(?:\\s+time)?|GMT(?:\\s*[+-]\\s*\\d+)?|UTC(?:\\s*[+-]\\s*\\d+)?|BST|CET|AST))?";

	/** What may stand between the day and the separator: a time or a part of the day. */
	private static final String QUALIFIER = "(?:,?\\s*(?:(?:approx\\.?|approximately|about|around|at|c\\.|circa|from|by|"
			+ "just\\s+(?:before|after)|shortly\\s+(?:before|after)|late|early|same|overnight)\\s*)*" + "(?:" + TIME
			+ "|morning|afternoon|evening|night|overnight|dawn|midday|noon|midnight|day))*";

	private static final String SEPARATOR = "\\s*(?:[\u2014\u2013|\u00b7:]|\\s-|-\\s)\\s*(?=\\S)";

	private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)" + QUALIFIER + SEPARATOR,
			Pattern.CASE_INSENSITIVE);

	private static final Pattern FIGURES = Pattern.compile(
			"^" + WEEKDAY + "(\\d{1,2})([/.-])(\\d{1,2})(?:\\2(\\d{4}|\\d{2}))?(?![\\d/])" + QUALIFIER + SEPARATOR,
			Pattern.CASE_INSENSITIVE);

	private static final Pattern DAY_MONTH = Pattern.compile(
			"^" + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "(?:,?\\s+(\\d{4}))?" + QUALIFIER + SEPARATOR,
			Pattern.CASE_INSENSITIVE);

	private static final Pattern MONTH_DAY = Pattern.compile(
			"^" + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?" + QUALIFIER + SEPARATOR,
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TIME_ONLY = Pattern
		.compile("^(?:(?:approx\\.?|about|around|at|c\\.)\\s*)?" + TIME + SEPARATOR, Pattern.CASE_INSENSITIVE);

	/** "18.06": a day and month, or six minutes past six in the evening. */
	private static final Pattern AMBIGUOUS = Pattern.compile("^(\\d{1,2})\\.(\\d{2})(?![\\d.])");

	/** Names written in figures that are not days. */
	private static final Pattern NOT_A_DAY = Pattern.compile("^(?:9/11|24/7|7/7)(?!\\d)");

	private EntryStamps() {
	}

	/**
	 * The stamps of an article's paragraphs, by paragraph number; the text of a paragraph
	 * is rebuilt from its sentences, since a stamp such as "15/06, approx. 0030hrs —" may
	 * span a sentence break.
	 */
	static Map<Integer, Stamp> of(List<Sentence> sentences, LocalDate published, int textYear) {
		Map<Integer, String> openings = new HashMap<>();
		for (Sentence s : sentences) {
			openings.merge(s.paragraph(), s.text().strip(), (a, b) -> (a.length() > 80) ? a : a + " " + b);
		}
		int days = 0;
		int times = 0;
		for (String p : openings.values()) {
			if (!AMBIGUOUS.matcher(p).lookingAt()) {
				days += (day(p, published, textYear) != null) ? 1 : 0;
				times += TIME_ONLY.matcher(p).lookingAt() ? 1 : 0;
			}
		}
		boolean dotsAreDays = days > times;
		Map<Integer, Stamp> out = new HashMap<>();
		for (Map.Entry<Integer, String> e : openings.entrySet()) {
			String p = e.getValue();
			boolean ambiguous = AMBIGUOUS.matcher(p).lookingAt() && TIME_ONLY.matcher(p).lookingAt();
			EventDate day = (ambiguous && !dotsAreDays) ? null : day(p, published, textYear);
			if (day != null) {
				out.put(e.getKey(), new Stamp(day));
			}
			else if (TIME_ONLY.matcher(p).lookingAt()) {
				out.put(e.getKey(), new Stamp(null));
			}
		}
		return out;
	}

	/** The day a paragraph's opening stamp names, or null. */
	static EventDate day(String paragraph, LocalDate published, int textYear) {
		if (paragraph == null || NOT_A_DAY.matcher(paragraph.strip()).lookingAt()) {
			return null;
		}
		String text = paragraph.strip();
		Matcher m;
		int day;
		int month;
		String year;
		if ((m = ISO.matcher(text)).lookingAt()) {
			year = m.group(1);
			month = Integer.parseInt(m.group(2));
			day = Integer.parseInt(m.group(3));
		}
		else if ((m = FIGURES.matcher(text)).lookingAt()) {
			day = Integer.parseInt(m.group(1));
			month = Integer.parseInt(m.group(3));
			year = m.group(4);
			if (month > 12 && day <= 12) {
				// "06/15": written month first.
				int swap = day;
				day = month;
				month = swap;
			}
		}
		else if ((m = DAY_MONTH.matcher(text)).lookingAt()) {
			day = Integer.parseInt(m.group(1));
			month = MonthNames.month(m.group(2));
			year = m.group(3);
		}
		else if ((m = MONTH_DAY.matcher(text)).lookingAt()) {
			month = MonthNames.month(m.group(1));
			day = Integer.parseInt(m.group(2));
			year = m.group(3);
		}
		else {
			return null;
		}
		LocalDate date = resolve(day, month, year, published, textYear);
		String stamp = m.group().replaceAll("[\\s\u2014\u2013|\u00b7:-]+$", "");
		return (date == null) ? null : EventDate.day(date, stamp, "an entry stamped '" + stamp + "' → " + date);
	}

	private static LocalDate resolve(int day, int month, String year, LocalDate published, int textYear) {
		try {
			if (year != null) {
				int y = Integer.parseInt(year);
				return LocalDate.of((y < 100) ? 2000 + y : y, month, day);
			}
			if (published != null) {
				// The latest such day no more than a week after publication.
				LocalDate date = LocalDate.of(published.getYear() + 1, month, day);
				while (date.isAfter(published.plusDays(7))) {
					date = date.minusYears(1);
				}
				return date;
			}
			return (textYear == 0) ? null : LocalDate.of(textYear, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}

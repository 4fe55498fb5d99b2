package org.conflictdata.incidentmap.ingest;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.conflictdata.incidentmap.incident.Incident;

/**
 * The scores of one evaluation and the listing behind them: matches, required gold that
 * was missed, optional gold not found (not a fault), duplicates and false positives.
 * {@link #toString()} is a readable plain-text table; NaN scores print as "n/a".
 *
 * @param required number of required gold incidents
 * @param requiredFound number of them matched
 * @param recall requiredFound / required
 * @param produced number of produced non-historical incidents
 * @param precision share of produced non-historical incidents matching some gold
 * @param dateAccuracy share of matches to day-precise gold with exactly the gold date
 * @param medianLocationErrorKm median distance between matched points and gold points
 * @param killedAgreement share of matches to gold with a stated killed figure whose
 * produced figure lies in the gold's range
 * @param matches one per matched gold incident
 * @param misses required gold incidents not matched
 * @param optionalMissed optional gold incidents not matched
 * @param duplicates extra produced incidents matching already matched gold
 * @param falsePositives produced non-historical incidents matching no gold
 */
public record EvaluationReport(int required, int requiredFound, double recall, int produced, double precision,
		double dateAccuracy, double medianLocationErrorKm, double killedAgreement, List<Match> matches,
		List<GoldIncident> misses, List<GoldIncident> optionalMissed, List<Match> duplicates,
		List<Incident> falsePositives) {

	public EvaluationReport {
		matches = List.copyOf(matches);
		misses = List.copyOf(misses);
		optionalMissed = List.copyOf(optionalMissed);
		duplicates = List.copyOf(duplicates);
		falsePositives = List.copyOf(falsePositives);
	}

	/**
	 * A produced incident paired with a gold one.
	 *
	 * @param gold the gold incident
	 * @param produced the produced incident
	 * @param distanceKm distance between their points
	 * @param daysOff produced date minus gold date, in days
	 */
	public record Match(GoldIncident gold, Incident produced, double distanceKm, long daysOff) {
	}

	/** Number of duplicates. */
	public int duplicateCount() {
		return this.duplicates.size();
	}

	/** Writes {@link #toString()} to {@code out}. */
	public void print(PrintStream out) {
		out.print(this);
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		text.append(String.format(Locale.ROOT, "%-26s %s%n", "recall (required found)",
				this.requiredFound + "/" + this.required + " = " + percent(this.recall)));
		text.append(String.format(Locale.ROOT, "%-26s %s%n", "precision (non-historical)",
				percent(this.precision) + " of " + this.produced));
		text.append(String.format(Locale.ROOT, "%-26s %d%n", "duplicates", this.duplicates.size()));
		text.append(String.format(Locale.ROOT, "%-26s %d%n", "false positives", this.falsePositives.size()));
		text.append(String.format(Locale.ROOT, "%-26s %s%n", "date accuracy (day gold)", percent(this.dateAccuracy)));
		text.append(String.format(Locale.ROOT, "%-26s %s%n", "median location error",
				Double.isNaN(this.medianLocationErrorKm) ? "n/a"
						: String.format(Locale.ROOT, "%.1f km", this.medianLocationErrorKm)));
		text.append(String.format(Locale.ROOT, "%-26s %s%n", "killed agreement", percent(this.killedAgreement)));
		text.append(String.format(Locale.ROOT, "%n%-9s %-42s %-10s %6s %5s  %s%n", "status", "gold", "produced", "km",
				"days", "produced summary"));
		for (Match match : this.matches) {
			row(text, match.gold().required() ? "match" : "match-opt", match.gold().id(), match);
		}
		for (Match match : this.duplicates) {
			row(text, "duplicate", match.gold().id(), match);
		}
		for (GoldIncident miss : this.misses) {
			text.append(String.format(Locale.ROOT, "%-9s %-42s %-10s %6s %5s  %s%n", "MISS", miss.id(), "-", "", "",
					miss.subEventType() + " at " + miss.place()));
		}
		for (Incident incident : this.falsePositives) {
			text.append(String.format(Locale.ROOT, "%-9s %-42s %-10s %6s %5s  %s%n", "false-pos", "-", incident.date(),
					"", "", incident.summary()));
		}
		for (GoldIncident optional : this.optionalMissed) {
			text.append(String.format(Locale.ROOT, "%-9s %-42s %-10s %6s %5s  %s%n", "(opt)", optional.id(), "-", "",
					"", "not found, optional"));
		}
		return text.toString();
	}

	private static void row(StringBuilder text, String status, String goldId, Match match) {
		String summary = match.produced().summary() + (match.produced().historical() ? " [historical]" : "");
		GoldIncident.Figure goldKilled = match.gold().killed();
		if (goldKilled != null && !goldKilled.accepts(match.produced().killed())) {
			// A disagreeing killed figure: what the gold states beside what was produced.
			Object produced = (match.produced().killed() == null) ? "none" : match.produced().killed().value();
			summary += " [killed gold " + goldKilled + ", produced " + produced + "]";
		}
		text.append(String.format(Locale.ROOT, "%-9s %-42s %-10s %6.1f %+5d  %s%n", status, goldId,
				match.produced().date(), match.distanceKm(), match.daysOff(), summary));
	}

	private static String percent(double share) {
		return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
	}

}

package org.conflictdata.incidentmap.api;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.conflictdata.incidentmap.incident.IncidentQuery;
import org.conflictdata.incidentmap.incident.IncidentSummaries;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Counts of the incidents matching the API's filters per day, ISO week or month, by the
 * day each incident starts on; what the map's time slider draws. The database counts per
 * day (SQL both stores accept alike) and the days are folded into weeks or months here,
 * so week bins start on Monday whatever the database thinks a week is. A request that
 * would give more than {@link #MAX_BINS} bins is refused with a 400 on {@code bin}.
 */
@RestController
class TimelineController {

	static final int MAX_BINS = 50_000;

	private final IncidentSummaries summaries;

	TimelineController(IncidentSummaries summaries) {
		this.summaries = summaries;
	}

	@GetMapping("/api/timeline")
	TimelineDocument timeline(@RequestParam MultiValueMap<String, String> params) {
		IncidentQuery query = IncidentFilters.parse(params, TimelineBin.PARAMETER);
		TimelineBin bin = TimelineBin.parse(IncidentFilters.single(params, TimelineBin.PARAMETER));
		SortedMap<LocalDate, Long> perBin = new TreeMap<>();
		for (Map.Entry<LocalDate, Long> day : this.summaries.countByDay(query).entrySet()) {
			perBin.merge(bin.startOf(day.getKey()), day.getValue(), Long::sum);
		}
		return new TimelineDocument(bin.label(), fill(bin, perBin));
	}

	private static List<TimelineDocument.Bin> fill(TimelineBin bin, SortedMap<LocalDate, Long> perBin) {
		List<TimelineDocument.Bin> bins = new ArrayList<>();
		if (perBin.isEmpty()) {
			return bins;
		}
		LocalDate first = perBin.firstKey();
		LocalDate last = perBin.lastKey();
		// An upper bound on the bin count: days between the first and the last bin.
		long span = ChronoUnit.DAYS.between(first, last) / ((bin == TimelineBin.DAY) ? 1 : 7);
		if (span > MAX_BINS) {
			throw new BadParameterException(TimelineBin.PARAMETER, "'" + bin.label() + "' bins from " + first + " to "
					+ last + " are more than " + MAX_BINS + "; use a wider bin or narrow start and end");
		}
		for (LocalDate start = first; !start.isAfter(last); start = bin.next(start)) {
			LocalDate next = bin.next(start);
			bins.add(new TimelineDocument.Bin(start, next.minusDays(1), perBin.getOrDefault(start, 0L)));
		}
		return bins;
	}

}

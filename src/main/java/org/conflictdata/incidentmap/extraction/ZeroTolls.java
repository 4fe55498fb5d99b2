package org.conflictdata.incidentmap.extraction;

import java.util.regex.Pattern;

/**
 * Tolls told as none: "no casualties were reported", "nobody had been killed or wounded",
 * "No Americans were hurt", "no American or Iraqi personnel had been killed or wounded",
 * "None of the personnel were injured", "no reports of deaths", "caused only material
 * damage", "Nobody was inside at the time", "did not cause casualties", "no loss of
 * life". A wording that rules out harm of any kind is zero killed and zero wounded; one
 * that rules out deaths ("no one was killed") only zero killed, and one that rules out
 * injuries ("no injuries") only zero wounded. A question left open ("it was not clear
 * whether there were casualties", "no word on casualties") is no figure.
 */
final class ZeroTolls {

	private static final String NOBODY = "(?:no one|nobody|no-one|none of (?:the|them|those|its|their|our)\\b[\\w\\s.'-]{0,40}?"
			+ "|no (?:[\\w.-]+\\s+){0,3}?" + CasualtyParser.PERSON + ")";

	private static final String WAS = "\\s+(?:was|were|had been|has been|have been|is|are)\\s+(?:reported\\s+|believed\\s+)?";

	// "without causing casualties", "no damage or casualties", "no Iraqi casualties": the
	// negation may take a verb, another loss and one word for whose casualties.
	private static final Pattern NONE = Pattern.compile("\\b(?:no|without(?:\\s+(?:causing|any))?)\\s+"
			+ "(?:(?:damage|injuries|losses|deaths)\\s+(?:or|and)\\s+)?(?:(?:reported|immediate|civilian|(?-i:\\p{Lu})[\\w.]*)\\s+)?casualties\\b"
			+ "|\\b" + NOBODY + WAS
			+ "(?:(?:killed|hurt|injured|wounded)\\s+(?:or|and)\\s+)?(?:hurt|injured|wounded|harmed)\\b"
			+ "|\\bcaused no casualties\\b|\\bdid not (?:cause|result in|lead to) (?:any )?casualties\\b"
			+ "|\\bwithout (?:hurting|injuring|harming|killing) anyone\\b"
			+ "|\\bno (?:(?:immediate|initial|further|official)\\s+)?reports? of (?:any\\s+)?(?:casualties|injuries)\\b"
			+ "|\\bno deaths or injuries\\b|\\bonly (?:material|property|minor material) damage\\b|\\bmaterial damage only\\b"
			+ "|\\b(?:no one|nobody)\\s+(?:was|were|had been)\\s+(?:inside|present|at home|in the (?:building|house|vehicle|car|compound))\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern NO_DEATHS = Pattern.compile(
			"\\bno (?:loss of life|deaths|fatalities)\\b|\\bno (?:(?:immediate|initial|further|official)\\s+)?reports? of (?:any\\s+)?(?:deaths|fatalities|dead)\\b"
					+ "|\\b" + NOBODY + WAS + "killed\\b|\\bno (?:one|people) died\\b|\\bnobody died\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern NO_INJURIES = Pattern.compile("\\bno injuries\\b", Pattern.CASE_INSENSITIVE);

	private ZeroTolls() {
	}

	/** Whether {@code s} rules out casualties of any kind. */
	static boolean none(String s) {
		return NONE.matcher(s).find();
	}

	/** Whether {@code s} rules out deaths. */
	static boolean noDeaths(String s) {
		return NO_DEATHS.matcher(s).find();
	}

	/** Whether {@code s} rules out injuries. */
	static boolean noInjuries(String s) {
		return NO_INJURIES.matcher(s).find();
	}

}

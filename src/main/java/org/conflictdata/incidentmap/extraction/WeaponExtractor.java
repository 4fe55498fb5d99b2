package org.conflictdata.incidentmap.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the weapon a stretch of text reports, as the text states it: calibre and model
 * where given ("107 mm rockets", "107mm Katyusha rockets", "F-15E", "ballistic
 * missiles"), otherwise the kind ("rockets", "mortars", "drone", "car bomb"). The most
 * specific description wins: a calibre or model over a bare kind, and among equals the
 * first in the text. Null or empty text, or text naming no weapon, gives null.
 */
public final class WeaponExtractor {

	/** Most specific first. */
	private static final List<Pattern> WEAPONS = List.of(weapon(
			"\\b\\d{2,3}\\s?mm\\s+(?:[\\w-]+\\s+){0,2}?(?:rockets?|mortars?(?: rounds| shells)?|shells|artillery)"),
			weapon("\\b(?:Katyusha|Grad|Fajr|Qassam|Zelzal)\\s+rockets?|\\bKatyushas?\\b"),
			weapon("\\b(?:short-range\\s+|medium-range\\s+)?(?:ballistic|cruise|anti-tank|surface-to-air|guided)\\s+missiles?"),
			weapon("\\b(?:MQ-9\\s+)?Reaper(?:\\s+drones?)?|\\bF-\\d{1,2}[A-Z]?\\b|\\bB-52s?\\b|\\bApache(?:\\s+(?:helicopters?|gunships?))?"
					+ "|\\bAC-130\\b|\\bSu-\\d{2}\\b"),
			weapon("\\b(?:improvised explosive devices?|IEDs?|VBIEDs?|roadside bombs?|car bombs?|suicide vests?|sticky bombs?"
					+ "|land ?mines?)\\b"),
			weapon("\\b(?:hand\\s+)?grenades?\\b|\\bRPGs?\\b|rocket-propelled grenades?|\\bmachine ?guns?\\b|\\bsniper\\b"),
			weapon("\\bmortars?(?: rounds| shells)?\\b|\\brockets?\\b(?![- ](?:attack|fire))|\\bmissiles?\\b(?![- ]strike)"
					+ "|\\bartillery\\b|\\bdrones?\\b|\\bwarplanes\\b|\\bfighter jets\\b|\\bhelicopter gunships?\\b"
					+ "|\\brocket\\b|\\bmissile\\b"));

	private WeaponExtractor() {
	}

	private static Pattern weapon(String regex) {
		return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
	}

	/** The weapon {@code text} names, as written, or null. */
	public static String extract(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		for (Pattern p : WEAPONS) {
			Matcher m = p.matcher(text);
			if (m.find()) {
				return m.group().strip();
			}
		}
		return null;
	}

}

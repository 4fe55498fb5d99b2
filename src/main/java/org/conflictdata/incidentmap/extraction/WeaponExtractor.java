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

	/**
	 * Most specific first; each pattern's cues are lower-case words every match of it
	 * contains (see {@link Cues}).
	 */
	private static final List<Weapon> WEAPONS = List.of(weapon(Cues.of("mm"), "0-9",
			"\\b\\d{2,3}\\s?mm\\s+(?:[\\w-]+\\s+){0,2}?(?:rockets?|mortars?(?: rounds| shells)?|shells|artillery)"),
			weapon(Cues.of("rocket", "katyusha"),
					"\\b(?:Katyusha|Grad|Fajr|Qassam|Zelzal)\\s+rockets?|\\bKatyushas?\\b"),
			weapon(Cues.of("missile"),
					"\\b(?:short-range\\s+|medium-range\\s+)?(?:ballistic|cruise|anti-tank|surface-to-air|guided)\\s+missiles?"),
			weapon(Cues.of("reaper", "f-", "b-52", "apache", "ac-130", "su-"),
					"\\b(?:MQ-9\\s+)?Reaper(?:\\s+drones?)?|\\bF-\\d{1,2}[A-Z]?\\b|\\bB-52s?\\b|\\bApache(?:\\s+(?:helicopters?|gunships?))?"
							+ "|\\bAC-130\\b|\\bSu-\\d{2}\\b"),
			weapon(Cues.of("improvised", "ied", "bomb", "vest", "mine"), "icrsvl",
					"\\b(?:improvised explosive devices?|IEDs?|VBIEDs?|roadside bombs?|car bombs?|suicide vests?|sticky bombs?"
							+ "|land ?mines?)\\b"),
			weapon(Cues.of("grenade", "rpg", "machine", "sniper"), "ghmrs",
					"\\b(?:hand\\s+)?grenades?\\b|\\bRPGs?\\b|rocket-propelled grenades?|\\bmachine ?guns?\\b|\\bsniper\\b"),
			weapon(Cues.of("mortar", "rocket", "missile", "artillery", "drone", "warplane", "fighter", "helicopter"),
					"adfhmrw",
					"\\bmortars?(?: rounds| shells)?\\b|\\brockets?\\b(?![- ](?:attack|fire))|\\bmissiles?\\b(?![- ]strike)"
							+ "|\\bartillery\\b|\\bdrones?\\b|\\bwarplanes\\b|\\bfighter jets\\b|\\bhelicopter gunships?\\b"
							+ "|\\brocket\\b|\\bmissile\\b"));

	private WeaponExtractor() {
	}

	private record Weapon(Cues cues, Pattern pattern) {
	}

	private static Weapon weapon(Cues cues, String regex) {
		return new Weapon(cues, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
	}

	/**
	 * A weapon whose every match begins with one of {@code starts} (either case), kept in
	 * step with its pattern as its cues are: the lookahead changes no match, but lets the
	 * matcher pass most positions with one test.
	 */
	private static Weapon weapon(Cues cues, String starts, String regex) {
		return weapon(cues, "(?=[" + starts + "])(?:" + regex + ")");
	}

	/** The weapon {@code text} names, as written, or null. */
	public static String extract(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String folded = Cues.fold(text);
		for (Weapon weapon : WEAPONS) {
			if (!weapon.cues().mayMatch(folded)) {
				continue;
			}
			Matcher m = weapon.pattern().matcher(text);
			if (m.find()) {
				return m.group().strip();
			}
		}
		return null;
	}

}

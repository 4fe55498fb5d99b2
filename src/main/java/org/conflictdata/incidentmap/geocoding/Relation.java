package org.conflictdata.incidentmap.geocoding;

/**
 * How a sentence uses a place name ({@link MentionReader}): where the event happened
 * ({@link #AT}), near it, where something came from or went to, whose (an actor), a
 * dateline, where someone spoke, or the aim of a defence or an advance. Every use but at,
 * near and a speaker's place is weak: it names a place without placing the event there.
 */
enum Relation {

	AT, NEAR, ORIGIN, DESTINATION, ACTOR, DATELINE,

	/**
	 * Where someone spoke ("said in Ankara", "told reporters in Baghdad", "a statement
	 * from Washington"): not weak, so it can stand in when the text names no other place,
	 * but it ranks below every place the text locates anything at.
	 */
	SPEAKER,

	/**
	 * The aim of a defence or an advance ("defending Erbil"); see {@link Objectives}.
	 */
	OBJECTIVE;

	boolean isWeak() {
		return this != AT && this != NEAR && this != SPEAKER;
	}

}

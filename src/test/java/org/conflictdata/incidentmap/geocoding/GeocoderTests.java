package org.conflictdata.incidentmap.geocoding;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GeocoderTests {

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	@Test
	void shouldPreferANamedFacilityOverTheCityItIsNear() {
		Location location = this.geocoder.locate(
				"The Friday volley of some 30 107mm Katyusha rockets hit the K1 base which houses Iraqi and U.S. troops near Kirkuk, Iraq.");
		assertThat(location.place().id()).isEqualTo("iq-k1-air-base");
		assertThat(location.geoPrecision()).isEqualTo(1);
		assertThat(location.mention()).isEqualTo("K1 base");
		assertThat(location.explanation()).contains("'K1 base' matched an alias of K-1 Air Base")
			.contains("Kirkuk (city, Kirkuk, Iraq): facility named");
	}

	@Test
	void shouldPreferTheCampOverTheTownItIsNamedAfter() {
		Location location = this.geocoder.locate("Rockets slammed into Camp Taji on March 11, killing two Americans.");
		assertThat(location.place().id()).isEqualTo("iq-camp-taji");
		assertThat(location.geoPrecision()).isEqualTo(1);
	}

	@Test
	void shouldStillFindTheTownWhenNoCampIsNamed() {
		Location location = this.geocoder.locate("Gunmen attacked a checkpoint in Taji, north of the capital.");
		assertThat(location.place().id()).isEqualTo("iq-taji");
	}

	@Test
	void shouldLocateAnUnnamedBaseAtTheCityWithLowerPrecision() {
		Location location = this.geocoder.locate(
				"When the Iranian-supported Kataib Hezbollah militia in Iraq attacked a military base in Kirkuk last Friday, it was inviting a military response.");
		assertThat(location.place().id()).isEqualTo("iq-kirkuk");
		assertThat(location.geoPrecision()).isEqualTo(2);
		assertThat(location.precision()).isEqualTo("a base in Kirkuk (facility unnamed)");
		assertThat(location.mention()).isEqualTo("a military base in Kirkuk");
	}

	@Test
	void shouldResolveTheUsEmbassyInBaghdadToTheEmbassy() {
		Location location = this.geocoder
			.locate("the attack on the U.S. embassy in Baghdad Tuesday looks like a win for that cause.");
		assertThat(location.place().id()).isEqualTo("iq-us-embassy-baghdad");
		assertThat(location.geoPrecision()).isEqualTo(1);
	}

	@Test
	void shouldResolveAGenericEmbassyMentionOnlyWithSupportingContext() {
		Location withContext = this.geocoder.locate(
				"Protesters entered the Green Zone. Then they rushed the US embassy and set its guard house on fire.");
		assertThat(withContext.place().id()).isEqualTo("iq-us-embassy-baghdad");
		assertThat(withContext.explanation()).contains("generic name, supported nearby");

		Location elsewhere = this.geocoder.locate("A car bomb exploded near the US embassy in Beirut.");
		assertThat(elsewhere.place().id()).isEqualTo("lb-beirut");
	}

	@Test
	void shouldNotMistakeAnotherCountrysEmbassyForTheUsOne() {
		Location location = this.geocoder.locate("A rocket hit the Turkish embassy in Baghdad.");
		assertThat(location.place().id()).isEqualTo("iq-baghdad");
		assertThat(location.precision()).isEqualTo("an embassy in Baghdad (facility unnamed)");
	}

	@Test
	void shouldResolveTheAirportOfACityToTheAirport() {
		Location location = this.geocoder.locate(
				"troops in the country after the American drone strike at Baghdad’s international airport that killed Maj.");
		assertThat(location.place().id()).isEqualTo("iq-baghdad-international-airport");
		assertThat(location.geoPrecision()).isEqualTo(1);
	}

	@Test
	void shouldReadNearTheTownOfAsNearWithTheTownsName() {
		Location location = this.geocoder.locate(
				"a Israeli drone dropped explosives onto a PMU base near the town of Amerli, in Salahuddin Province.");
		assertThat(location.place().id()).isEqualTo("iq-amerli");
		assertThat(location.geoPrecision()).isEqualTo(2);
		assertThat(location.precision()).isEqualTo("near Amerli");
		assertThat(location.mention()).isEqualTo("near the town of Amerli");
		assertThat(location.explanation()).contains("within Salahuddin (province)");
	}

	@Test
	void shouldReadACompassDirectionAsNearTheCity() {
		Location location = this.geocoder.locate(
				"On November 8th, 17 Katyusha rockets were fired at an Iraqi military base south of Mosul that houses U.S. troops.");
		assertThat(location.place().id()).isEqualTo("iq-mosul");
		assertThat(location.geoPrecision()).isEqualTo(2);
		assertThat(location.precision()).isEqualTo("south of Mosul");
	}

	@Test
	void shouldKeepTheDistanceInTheMention() {
		Location location = this.geocoder.locate("Militants attacked a checkpoint 20 km north-west of Tikrit.");
		assertThat(location.place().id()).isEqualTo("iq-tikrit");
		assertThat(location.mention()).isEqualTo("20 km north-west of Tikrit");
		assertThat(location.geoPrecision()).isEqualTo(2);
	}

	@Test
	void shouldAddTheBorderQualifier() {
		Location location = this.geocoder.locate(
				"Another Israeli drone struck a PMU convoy near the Iraqi town of al-Qa’im close to the Syrian border.");
		assertThat(location.place().id()).isEqualTo("iq-al-qaim");
		assertThat(location.precision()).isEqualTo("near Al-Qa'im, close to the Syrian border");
		assertThat(location.explanation()).contains("qualified 'close to the Syrian border'");
	}

	@Test
	void shouldResolveARegionWithinAProvince() {
		Location location = this.geocoder.locate(
				"All of the KH positions that were hit were in the western Anbar desert, 450 kilometer away from Kirkuk.");
		assertThat(location.place().id()).isEqualTo("iq-western-anbar-desert");
		assertThat(location.place().kind()).isEqualTo(PlaceKind.REGION);
		assertThat(location.geoPrecision()).isEqualTo(2);
	}

	@Test
	void shouldFallBackToTheCountryWithCountryPrecision() {
		Location location = this.geocoder.locate("A roadside bomb wounded two soldiers in Iraq on Tuesday.");
		assertThat(location.place().id()).isEqualTo("iq");
		assertThat(location.geoPrecision()).isEqualTo(3);
		assertThat(location.precision()).isEqualTo("country");
	}

	@Test
	void shouldUseAProvinceAloneWithProvincePrecision() {
		Location location = this.geocoder.locate("Militants ambushed a patrol in Salahuddin Province.");
		assertThat(location.place().id()).isEqualTo("iq-salahuddin");
		assertThat(location.geoPrecision()).isEqualTo(3);
	}

	@Test
	void shouldPlaceAnIraqiBaseInIraqWhenNothingElseIsNamed() {
		Location location = this.geocoder.locate(
				"Two days after Kochavi’s speech, 32 Iranian-made 107 mm rockets slammed into an Iraqi base where U.S. forces were present.");
		assertThat(location.place().id()).isEqualTo("iq");
		assertThat(location.geoPrecision()).isEqualTo(3);
		assertThat(location.mention()).endsWith("Iraqi base");
	}

	@Test
	void shouldTreatFromAsAnOriginAndNotTheIncidentLocation() {
		Location location = this.geocoder
			.locate("100 marines were flown in from Kuwait to protect the embassy in Baghdad.");
		assertThat(location.place().id()).isEqualTo("iq-baghdad");
		assertThat(location.explanation()).contains("'from Kuwait' is an origin");
	}

	@Test
	void shouldLeaveAnOriginOnlySentenceUnresolvedWithTheReason() {
		Location location = this.geocoder.locate(
				"While there was no loss of life 100 marines were flown in from Kuwait and 750 soldiers were assigned.");
		assertThat(location.isResolved()).isFalse();
		assertThat(location.geoPrecision()).isZero();
		assertThat(location.unresolvedReason()).contains("from Kuwait").contains("origin");
	}

	@Test
	void shouldNotTakeIranBackedForALocation() {
		Location location = this.geocoder.locate("Iran-backed militias fired rockets at the base in Kirkuk.");
		assertThat(location.place().id()).isEqualTo("iq-kirkuk");
		assertThat(this.geocoder.locate("Iran-backed militias are growing stronger.").isResolved()).isFalse();
	}

	@Test
	void shouldPreferWhereSomethingHappenedOverACountryThatActed() {
		Location location = this.geocoder.locate(
				"Israel has carried out more than 1,000 airstrikes on Iranian-linked targets in Syria in recent years.");
		assertThat(location.place().id()).isEqualTo("sy");
	}

	@Test
	void shouldIgnoreADateline() {
		Location location = this.geocoder.locate("JERUSALEM — Rockets struck a base in Albukamal overnight.");
		assertThat(location.place().id()).isEqualTo("sy-albukamal");
		assertThat(this.geocoder.locate("JERUSALEM — The cabinet met on Sunday.").isResolved()).isFalse();
	}

	@Test
	void shouldIgnorePeopleAndCommonWordsThatFoldLikeTownNames() {
		assertThat(this.geocoder.locate("Defense Secretary Mark T. Esper authorized the planning.").isResolved())
			.isFalse();
		assertThat(this.geocoder.locate("Read more: the story of the campaign.").isResolved()).isFalse();
		assertThat(this.geocoder.locate("Some 30 rockets hit the compound.").isResolved()).isFalse();
	}

	@Test
	void shouldUseAnotherMentionToChooseAmongPlacesOfTheSameName() {
		Location location = this.geocoder.locate("Gunmen attacked a checkpoint in Sinjar, in Nineveh province.");
		assertThat(location.place().id()).isEqualTo("iq-sinjar");
		assertThat(location.explanation()).contains("within Nineveh (province)");
	}

	@Test
	void shouldFindGeoNamesTownsTheCuratedListLacks() {
		Location location = this.geocoder.locate("Airstrikes hit Khan Shaykhun in Idlib province.");
		assertThat(location.place().id()).isEqualTo("geonames:168325");
		assertThat(location.place().source()).isEqualTo("GeoNames 168325");
	}

	@Test
	void shouldExplainUnresolvedTextInsteadOfReturningNull() {
		assertThat(this.geocoder.locate(null).unresolvedReason()).isEqualTo("empty text");
		assertThat(this.geocoder.locate("  ").isResolved()).isFalse();
		Location nothing = this.geocoder.locate("Officials declined to comment on the attack.");
		assertThat(nothing.isResolved()).isFalse();
		assertThat(nothing.unresolvedReason()).isEqualTo("no gazetteer place named");
		assertThat(nothing.mention()).isEqualTo("Officials declined to comment on the attack.");
	}

	@Test
	void shouldListEveryMentionInTextOrder() {
		List<Location> all = this.geocoder.locateAll(
				"By December 31 crowds entered the Green Zone then rushed the US embassy while 100 marines were flown in from Kuwait.");
		assertThat(all).extracting((l) -> l.place().id())
			.containsExactly("iq-green-zone", "iq-us-embassy-baghdad", "kw");
		assertThat(all.get(2).precision()).isEqualTo("origin, not the incident location");
		assertThat(this.geocoder.locateAll(null)).isEmpty();
	}

	@Test
	void shouldTreatMovementToAPlaceAsADestination() {
		Location sent = this.geocoder.locate("750 more soldiers were sent to Iraq by January 1.");
		assertThat(sent.isResolved()).isFalse();
		assertThat(sent.unresolvedReason()).contains("destination");
		Location havoc = this.geocoder.locate("These strikes have brought havoc to the US Embassy in Bagdad.");
		assertThat(havoc.place().id()).isEqualTo("iq-us-embassy-baghdad");
	}

	@Test
	void shouldReadACountrysPossessiveBeforeAPlaceAsContext() {
		Location location = this.geocoder.locate("US troops in Syria's Hasakah came under attack.");
		assertThat(location.place().id()).isEqualTo("sy-hasakah");
		assertThat(location.explanation()).contains("within Syria (country)");
	}

	@Test
	void shouldTellTheTownOfHitFromTheVerb() {
		assertThat(this.geocoder.locate("Mortars fell in Hit on Monday.").place().id()).isEqualTo("iq-hit");
		Location headline = this.geocoder.locate("Rockets Hit Base Housing US Troops");
		assertThat(headline.isResolved()).isFalse();
	}

	@Test
	void shouldNotSpellTownsOutOfShortEnglishWords() {
		assertThat(this.geocoder.locateAll("It is To be decided. Or do it later. Is R is a letter? C-S-A")).isEmpty();
	}

	@Test
	void shouldPreferTheSentencesOwnPlaceOverOnesInItsContext() {
		Location location = this.geocoder.locate("Rockets struck a base in Kirkuk on Friday.",
				"Earlier this month, a drone hit Camp Taji.");
		assertThat(location.place().id()).isEqualTo("iq-kirkuk");
		assertThat(location.explanation()).doesNotContain("Camp Taji");
	}

	@Test
	void shouldConfirmAGenericNameFromTheContext() {
		Location location = this.geocoder.locate("Then the crowd rushed the US embassy.",
				"Thousands of protesters entered Baghdad's Green Zone on Tuesday.");
		assertThat(location.place().id()).isEqualTo("iq-us-embassy-baghdad");
		assertThat(location.mention()).isEqualTo("US embassy");
	}

	@Test
	void shouldFallBackToTheContextAndSaySo() {
		Location location = this.geocoder.locate("Two days later, 30 rockets slammed into the base.",
				"Kataib Hezbollah had threatened the K-1 air base near Kirkuk.");
		assertThat(location.place().id()).isEqualTo("iq-k1-air-base");
		assertThat(location.explanation()).startsWith("the sentence names no place; taken from its context");
		assertThat(this.geocoder.locate("The cabinet met.", "Officials declined to comment.").unresolvedReason())
			.isEqualTo("no gazetteer place named");
		assertThat(this.geocoder.locate("Rockets hit Mosul.", null).place().id()).isEqualTo("iq-mosul");
	}

	@Test
	void shouldAcceptAnyWayOfWritingBaseAfterABasesName() {
		Location location = this.geocoder.locate("Three rockets fell on the Victory military base.");
		assertThat(location.place().id()).isEqualTo("iq-camp-victory");
		assertThat(location.explanation()).contains("a way of writing Camp Victory");
		assertThat(this.geocoder.locate("Mortars hit the Speicher airfield.").place().id())
			.isEqualTo("iq-camp-speicher");
	}

	@Test
	void shouldLetACountryAdjectiveChooseAmongTownsOfOneName() {
		Location location = this.geocoder
			.locate("Clashes broke out near the Iraqi town of Sinjar on the border with Syria.");
		assertThat(location.place().id()).isEqualTo("iq-sinjar");
		assertThat(location.precision()).isEqualTo("near Sinjar, on the border with Syria");
	}

	@Test
	void shouldReadRocketsFiredTowardsAPlaceAsTheTarget() {
		Location location = this.geocoder
			.locate("Rockets were launched toward the US embassy from Baghdad's Zafaraniya district.");
		assertThat(location.place().id()).isEqualTo("iq-us-embassy-baghdad");
		assertThat(location.explanation()).contains("'from Baghdad' is an origin");
	}

	@Test
	void shouldNotPlaceAnIncidentInACountryNamedAsAPartyToARelationship() {
		assertThat(this.geocoder.locate("No casualties were reported, but the risk of a confrontation with Iran grew.")
			.isResolved()).isFalse();
		assertThat(this.geocoder
			.locate("Many politicians, not all of whom are close to Iran, view the strikes as a violation.")
			.isResolved()).isFalse();
		assertThat(this.geocoder.locate("The drone crashed close to Iran, officials said.").place().id())
			.isEqualTo("ir");
	}

	@Test
	void shouldPlaceTheAirportOfATownAtTheGazetteersAirport() {
		for (String sentence : List.of(
				"Several rockets slammed into the area around the international airport in Erbil late Monday.",
				"Several rockets slammed into Erbil's airport late Monday.",
				"Several rockets hit the airport of Erbil late Monday.")) {
			Location location = this.geocoder.locate(sentence);
			assertThat(location.place().id()).as(sentence).isEqualTo("iq-erbil-international-airport");
			assertThat(location.geoPrecision()).as(sentence).isEqualTo(1);
		}
		assertThat(this.geocoder.locate("Rockets hit the international airport in Erbil.").explanation())
			.startsWith("'Erbil' with the word 'airport' names Erbil International Airport")
			.contains("the airport of Erbil is in the gazetteer");
	}

	@Test
	void shouldPlaceTheAirfieldOfATownAtItsAirBaseAndKeepOtherFacilitiesUnnamed() {
		Location airBase = this.geocoder.locate("A rocket landed inside the air base at Balad on Sunday.");
		assertThat(airBase.place().id()).isEqualTo("iq-balad-air-base");

		Location airfield = this.geocoder.locate("A rocket landed inside the airport in Tikrit on Sunday.");
		assertThat(airfield.place().id()).isEqualTo("iq-camp-speicher");

		Location noAirport = this.geocoder.locate("A rocket landed near the airport in Samarra on Sunday.");
		assertThat(noAirport.place().id()).isEqualTo("iq-samarra");
		assertThat(noAirport.geoPrecision()).isEqualTo(2);

		Location base = this.geocoder.locate("Gunmen attacked a military base in Kirkuk on Sunday.");
		assertThat(base.place().id()).isEqualTo("iq-kirkuk");
		assertThat(base.precision()).isEqualTo("a base in Kirkuk (facility unnamed)");
	}

	@Test
	void shouldNotTakeTheSecondWordOfAnUnknownVillageForATownOfThatName() {
		Location village = this.geocoder.locate("Daesh terrorists attacked a Hashd position in Albu Karma last night.");
		assertThat(village.isResolved()).isFalse();

		Location town = this.geocoder.locate("Gunmen attacked a police post in Karma last night.");
		assertThat(town.place().id()).isEqualTo("iq-karmah");
	}

	@Test
	void shouldNotTakeTheGenericFirstWordOfAnUnknownVillageForATown() {
		// "Tal" and "Tall" fold like the GeoNames town At Tall (Rif Dimashq); "Ain" and
		// "Bir" open other names the gazetteer lacks.
		assertThat(this.geocoder.locate("Fighters found the launch rails near the village of Tal Shayer, to the south.")
			.isResolved()).isFalse();
		assertThat(this.geocoder.locate("Shells hit farmland around Tall Baydar on Monday.").isResolved()).isFalse();
		assertThat(this.geocoder.locate("Two shepherds were shot near Ain Dibs on Monday.").isResolved()).isFalse();
		assertThat(this.geocoder.locate("A mine went off at Bir Hamid late on Friday.").isResolved()).isFalse();

		// Whole names that open with such a word still resolve.
		assertThat(this.geocoder.locate("Rockets fell on Tal Afar on Monday.").place().name())
			.containsIgnoringCase("Afar");
		assertThat(this.geocoder.locate("Turkish drones struck Tal Tamr overnight.").isResolved()).isTrue();
	}

	@Test
	void shouldFindTheSafwanBorderCrossingAtSafwan() {
		Location location = this.geocoder
			.locate("Security forces opened fire on protesters blocking the road to the Safwan border crossing.");
		assertThat(location.place().id()).isEqualTo("iq-safwan");
	}

	@Test
	void shouldNotPlaceAnIncidentWhereTheAuthorityThatReportsItSits() {
		Location location = this.geocoder.locate(
				"The drone hit the military section of the airport, the Kurdistan region's interior ministry said.");
		assertThat(location.place()).isNull();
	}

	@Test
	void shouldPlaceAnEntryHeadedReportsFromATown() {
		Location location = this.geocoder
			.locate("01:30 - Reports from Karbala: police fired live rounds to disperse protesters.");
		assertThat(location.place().id()).isEqualTo("iq-karbala");
	}

	@Test
	void shouldTellTheIraqiRabiaFromTheSyrianOneByItsProvince() {
		Location location = this.geocoder
			.locate("15 April, Rabia (Nineveh): a roadside bomb hit an Iraqi army patrol near the border crossing.");
		assertThat(location.place().id()).isEqualTo("iq-rabia");
		assertThat(
				this.geocoder.locate("Rockets hit the US base at the Al-Omar oil field in Deir al-Zour.").place().id())
			.isEqualTo("sy-al-omar-oil-field");
	}

	@Test
	void shouldSkipTheDatelineOfASentenceLocatedWithItsOwnParagraphAsContext() {
		String sentence = "DUHOK, 4 May 2021 - A drone struck a pick-up truck in Sinjar, killing two fighters.";
		Location location = this.geocoder.locate(sentence, sentence);
		assertThat(location.place().id()).isEqualTo("iq-sinjar");
		assertThat(location.explanation()).contains("'DUHOK' is the dateline");
	}

	@Test
	void shouldKnowTheQandilMountainsAndTheEuphratesTownOfAlShuhail() {
		assertThat(this.geocoder.locate("Warplanes bombed positions in the Qandil mountains.").place().id())
			.isEqualTo("iq-qandil-mountains");
		assertThat(this.geocoder.locate("Gunmen attacked a checkpoint in Shuhail.").place().id())
			.isEqualTo("sy-al-shuhail");
	}

	@Test
	void shouldNotLocateAnEventAtACapitalThatSpeaksForItsGovernment() {
		Location location = this.geocoder.locate("Tehran says the group is a threat. A drone attack killed two men.");
		assertThat(location.isResolved()).isFalse();
		assertThat(this.geocoder.locate("Rockets hit Baghdad, the ministry said.").place().id())
			.isEqualTo("iq-baghdad");
	}

	@Test
	void shouldGiveEachPlaceOfTwoStruckInOnePhraseItsOwnLocation() {
		List<Location> each = CoordinatedPlaces.after(this.geocoder,
				"U.S. jets struck Jurf al-Sakhar and Karbala on Thursday", "jets struck");
		assertThat(each).extracting((l) -> l.place().name()).hasSize(2);
		assertThat(CoordinatedPlaces.after(this.geocoder, "militants attacked an outpost near Daquq, south of Kirkuk",
				"attacked"))
			.isEmpty();
	}

	@Test
	void shouldReadTheSyrianSideOfTheBorderAsSyria() {
		Location location = this.geocoder
			.locate("answered it with air strikes on militia positions on the Syrian side " + "of the border");
		assertThat(location.place().name()).isEqualTo("Syria");
		assertThat(location.geoPrecision()).isEqualTo(3);
	}

	@Test
	void shouldSkipWhereTheFirstPlaceLiesWhenSplittingCoordinatedTargets() {
		List<Location> each = CoordinatedPlaces.after(this.geocoder,
				"The strikes targeted depots at Jurf al-Sakhar south of Baghdad and near the city of Karbala.",
				"strikes");
		assertThat(each).extracting((l) -> l.place().name()).containsExactly("Jurf al-Sakhar", "Karbala");
	}

}

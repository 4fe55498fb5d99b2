package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which of several named places is the event's: a small town the sentence places the
 * event in beats a bigger town it is measured from or lies in, and where someone spoke
 * ("said in Ankara", "told reporters in Baghdad") never beats the place of the event.
 */
class GeocoderPlaceChoiceTests {

	private static final String ASHARA = "geonames:174036";

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	@Test
	void shouldKeepASmallTownMeasuredFromABiggerOne() {
		Location location = this.geocoder
			.locate("A roadside bomb killed a soldier in al-Ashara, 15 km south-east of Mayadin.");
		assertThat(location.place().id()).isEqualTo(ASHARA);
		assertThat(location.geoPrecision()).isEqualTo(1);
	}

	@Test
	void shouldKeepASmallTownInTheCountrysideOfABiggerOne() {
		Location location = this.geocoder
			.locate("Gunmen killed two SDF fighters in the town of al-Ashara in the Mayadin countryside on Monday.");
		assertThat(location.place().id()).isEqualTo(ASHARA);
	}

	@Test
	void shouldKeepASmallTownWhenTheBiggerOneIsNamedInTheContext() {
		Location location = this.geocoder.locate("Shelling killed two civilians in al-Ashara on Tuesday.",
				"Government forces have massed west of Mayadin for a week.");
		assertThat(location.place().id()).isEqualTo(ASHARA);
	}

	@Test
	void shouldKeepASmallTownWhosePositionIsGivenAsABearingFromABiggerOne() {
		Location location = this.geocoder.locate("Warplanes carried out raids on residential areas of the town of "
				+ "al-Ashara, on the western bank of the Euphrates south-east of al-Mayadeen.");
		assertThat(location.place().id()).isEqualTo(ASHARA);
		assertThat(location.explanation())
			.contains("Mayadin (town, Deir ez-Zor, Syria): 'south-east of al-Mayadeen' says where the place named "
					+ "before it lies");
	}

	@Test
	void shouldNotTakeABearingFromAFarTownAsDescribingTheTownBeforeIt() {
		// Hajin lies about 45 km from Mayadin: the bearing places the strike, not Hajin.
		Location location = this.geocoder
			.locate("Residents of Hajin said a drone struck a car on a road 5 km south of Mayadin.");
		assertThat(location.place().id()).isEqualTo("sy-mayadin");
	}

	@Test
	void shouldReadABearingAfterFromAsWhereTheFireCameFrom() {
		Location location = this.geocoder.locate("Mortar rounds fired from militant positions south of Fallujah "
				+ "landed near a camp for displaced families outside Habbaniyah.");
		assertThat(location.place().id()).isEqualTo("iq-habbaniyah");
		assertThat(location.precision()).isEqualTo("near Habbaniyah");
	}

	@Test
	void shouldReadACapitalAsItsGovernmentBeforeAModalVerb() {
		Location location = this.geocoder.locate(
				"Residents marched to the governor's office, demanding that Ankara do more to protect the town.",
				"Two rockets fired from Syria struck the Turkish border town of Kilis on Sunday.");
		assertThat(location.place().id()).isEqualTo("tr-kilis");
		assertThat(location.explanation()).contains(Geocoder.FROM_CONTEXT);
	}

	@Test
	void shouldPreferTheTownNearWhichItHappenedOverTheTownWhoseCountrysideItIs() {
		Location location = this.geocoder.locate("Clashes erupted near al-Ashara in the Mayadin countryside.");
		assertThat(location.place().id()).isEqualTo(ASHARA);
		assertThat(location.precision()).isEqualTo("near Al ‘Ashārah");
	}

	@Test
	void shouldPreferASmallTownOverTheDistrictOfABiggerOne() {
		Location location = this.geocoder
			.locate("Two fighters were killed near al-Ashara, in the Mayadin area, on Friday.");
		assertThat(location.place().id()).isEqualTo(ASHARA);
	}

	@Test
	void shouldReadTheCountrysideOfATownAsNearItWhenNothingElseIsNamed() {
		Location location = this.geocoder.locate("Regime shelling killed three in the Mayadin countryside.");
		assertThat(location.place().id()).isEqualTo("sy-mayadin");
		assertThat(location.geoPrecision()).isEqualTo(2);
		assertThat(location.mention()).isEqualTo("in the Mayadin");
	}

	@Test
	void shouldPlaceAClearanceWhereThePeopleWereClearedFrom() {
		Location location = this.geocoder
			.locate("Security forces used live fire to clear protesters from the Zaitoun bridge in Nasiriyah.");
		assertThat(location.place().id()).isEqualTo("iq-al-zaytoun-bridge");
	}

	@Test
	void shouldStillReadAPlainFromAsAnOrigin() {
		Location location = this.geocoder.locate("A convoy from Baghdad was ambushed near Tikrit.");
		assertThat(location.place().id()).isEqualTo("iq-tikrit");
	}

	@Test
	void shouldNotPlaceTheEventWhereTheOfficialsSpoke() {
		Location location = this.geocoder
			.locate("Speaking in Ankara, the minister said Turkish jets struck PKK targets near Sinjar.");
		assertThat(location.place().id()).isEqualTo("iq-sinjar");
		assertThat(location.explanation()).contains("Ankara (city, Turkey): 'in Ankara' is where someone spoke");
	}

	@Test
	void shouldNotPlaceTheEventWhereTheMinisterToldReporters() {
		Location location = this.geocoder
			.locate("The defence minister told reporters in Baghdad that a drone struck a convoy in Iraq.");
		assertThat(location.place().id()).isEqualTo("iq");
	}

	@Test
	void shouldReadAClauseOpeningPlaceBeforeASpeakerAsTheSpeakersPlace() {
		Location location = this.geocoder.locate("In Baghdad, the interior ministry said a bomb exploded in Tikrit.");
		assertThat(location.place().id()).isEqualTo("iq-tikrit");
	}

	@Test
	void shouldFallBackToTheSpeakersPlaceWithLowerPrecisionWhenNoOtherPlaceIsNamed() {
		Location location = this.geocoder.locate("A car bomb killed five people, police said in Baquba.");
		assertThat(location.place().id()).isEqualTo("iq-baqubah");
		assertThat(location.geoPrecision()).isEqualTo(2);
		assertThat(location.precision()).startsWith("where it was said");
	}

	@Test
	void shouldPreferTheContextsEventPlaceOverWhereSomeoneSpoke() {
		Location location = this.geocoder.locate("Three soldiers were killed, the ministry told reporters in Baghdad.",
				"A suicide bomber struck an army checkpoint in Tarmiyah on Monday.");
		assertThat(location.place().id()).isEqualTo("iq-tarmiyah");
		assertThat(location.explanation()).contains(Geocoder.FROM_CONTEXT);
	}

	@Test
	void shouldStillPlaceTheEventInATownNamedAfterASpeechVerbOfTheEvent() {
		// "said an attack in Tikrit": the place belongs to the reported event.
		Location location = this.geocoder.locate("Police said an attack in Tikrit killed three soldiers.");
		assertThat(location.place().id()).isEqualTo("iq-tikrit");
		assertThat(location.geoPrecision()).isEqualTo(1);
	}

	@Test
	void shouldPlaceAValleyWhosePositionIsGivenAsABearingFromATown() {
		Location location = this.geocoder
			.locate("Soldiers fought insurgents overnight in the Wadi al-Shay valley, south-west of Kirkuk.");
		assertThat(location.place().id()).isEqualTo("iq-wadi-al-shay");
	}

	@Test
	void shouldKeepTheBearingWhenTheAreaBeforeItSpansSeveralProvinces() {
		// The Kurdistan Region is no smaller place that the bearing could describe.
		Location location = this.geocoder
			.locate("A patrol was ambushed in the Kurdistan Region, 20 km north of Kirkuk, on Monday.");
		assertThat(location.place().id()).isEqualTo("iq-kirkuk");
	}

	@Test
	void shouldNotTakeABearingFromAFarTownAsDescribingTheAreaBeforeIt() {
		// The Makhoul ridge lies far from Baquba: the bearing is about another place.
		Location location = this.geocoder
			.locate("Jets struck hideouts in the Makhoul mountains and a village north of Baquba.");
		assertThat(location.place().id()).isNotEqualTo("iq-makhoul-mountains");
	}

}

package org.conflictdata.incidentmap.geocoding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class GazetteerTests {

	private final Gazetteer gazetteer = Gazetteer.load();

	@Test
	void shouldLoadCuratedAndGeoNamesPlacesWithUniqueIds() {
		List<Place> places = this.gazetteer.places();
		Set<String> ids = new HashSet<>();
		places.forEach((place) -> assertThat(ids.add(place.id())).as(place.id()).isTrue());
		assertThat(places).hasSizeGreaterThan(3000);
		assertThat(places).filteredOn((p) -> !p.id().startsWith("geonames:")).hasSizeGreaterThan(150);
	}

	@Test
	void shouldKeepEveryPlaceInsideTheRegionItReportsOn() {
		for (Place place : this.gazetteer.places()) {
			assertThat(place.longitude()).as(place.id()).isBetween(10.0, 70.0);
			assertThat(place.latitude()).as(place.id()).isBetween(10.0, 45.0);
			assertThat(place.source()).as(place.id()).isNotBlank();
			assertThat(place.country()).as(place.id()).isNotBlank();
		}
	}

	@Test
	void shouldFindPlacesById() {
		assertThat(this.gazetteer.byId("iq-k1-air-base")).get().extracting(Place::kind).isEqualTo(PlaceKind.AIR_BASE);
		assertThat(this.gazetteer.byId("geonames:98182")).isEmpty();
		assertThat(this.gazetteer.byId("no-such-place")).isEmpty();
		assertThat(this.gazetteer.byId(null)).isEmpty();
	}

	@Test
	void shouldPreferCuratedEntriesOverGeoNamesTownsOfTheSameName() {
		assertThat(this.gazetteer.candidates("Baghdad")).extracting(Place::id)
			.containsExactly("iq-baghdad", "iq-baghdad-province");
		assertThat(this.gazetteer.candidates("Albukamal")).extracting(Place::id).containsExactly("sy-albukamal");
	}

	@Test
	void shouldOfferGeoNamesTownsTheCuratedListLacks() {
		assertThat(this.gazetteer.candidates("Khan Shaykhun")).extracting(Place::id).contains("geonames:168325");
	}

	@Test
	void shouldAcceptNormalisedNamesAsWellAsRawOnes() {
		assertThat(this.gazetteer.candidates(PlaceNames.normalise("al-Qa’im")))
			.isEqualTo(this.gazetteer.candidates("Al-Qaim"))
			.extracting(Place::id)
			.containsExactly("iq-al-qaim");
		assertThat(this.gazetteer.candidates("")).isEmpty();
		assertThat(this.gazetteer.candidates(null)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Anbar", "Basra", "Muthanna", "Qadisiyah", "Sulaymaniyah", "Babil", "Baghdad", "Dohuk",
			"Dhi Qar", "Diyala", "Erbil", "Karbala", "Kirkuk", "Maysan", "Nineveh", "Wasit", "Najaf", "Salahuddin" })
	void shouldHaveEveryIraqiGovernorate(String admin1) {
		assertThat(this.gazetteer.province("Iraq", admin1)).get()
			.satisfies((p) -> assertThat(p.kind()).isEqualTo(PlaceKind.PROVINCE));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Damascus", "Rif Dimashq", "Aleppo", "Homs", "Hama", "Idlib", "Latakia", "Tartus",
			"Deir ez-Zor", "Raqqa", "Al-Hasakah", "Daraa", "As-Suwayda", "Quneitra" })
	void shouldHaveEverySyrianGovernorate(String admin1) {
		assertThat(this.gazetteer.province("Syria", admin1)).get()
			.satisfies((p) -> assertThat(p.kind()).isEqualTo(PlaceKind.PROVINCE));
	}

	@Test
	void shouldFindProvincesByTheirOtherNames() {
		assertThat(this.gazetteer.province("Iraq", "Salah al-Din")).get()
			.extracting(Place::id)
			.isEqualTo("iq-salahuddin");
		assertThat(this.gazetteer.province("Iraq", "Al-Tamim")).get()
			.extracting(Place::id)
			.isEqualTo("iq-kirkuk-province");
		assertThat(this.gazetteer.province("Iraq", "Ninawa")).get().extracting(Place::id).isEqualTo("iq-nineveh");
		assertThat(this.gazetteer.province("Syria", "Salahuddin")).isEmpty();
		assertThat(this.gazetteer.province(null, "Anbar")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Iraq", "Syria", "Iran", "Israel", "Lebanon", "Jordan", "Kuwait", "Saudi Arabia", "Turkey",
			"Libya", "Yemen" })
	void shouldHaveTheCountriesTheReportingNames(String name) {
		assertThat(this.gazetteer.country(name)).get().satisfies((p) -> {
			assertThat(p.kind()).isEqualTo(PlaceKind.COUNTRY);
			assertThat(p.country()).isEqualTo(name);
		});
	}

	@Test
	void shouldGiveGeoNamesTownsTheProvinceNamesTheCuratedListUses() {
		Place tikrit = this.gazetteer.byId("iq-tikrit").orElseThrow();
		assertThat(this.gazetteer.province(tikrit.country(), tikrit.admin1())).isPresent();
		for (Place place : this.gazetteer.places()) {
			boolean iraqOrSyria = place.country().equals("Iraq") || place.country().equals("Syria");
			if (iraqOrSyria && place.admin1() != null && place.kind() != PlaceKind.REGION) {
				assertThat(this.gazetteer.province(place.country(), place.admin1())).as(place.id()).isPresent();
			}
		}
	}

	@Test
	void shouldNameTheMissingResourceWhenTheGazetteerCannotBeRead() {
		assertThatIllegalStateException()
			.isThrownBy(() -> Gazetteer.load(getClass().getClassLoader(), "geo/missing.json", null))
			.withMessageContaining("geo/missing.json");
	}

}

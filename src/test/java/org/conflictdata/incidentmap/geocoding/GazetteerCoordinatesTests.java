package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Named facilities must sit within 5 km of where public references put them. The
 * reference points are written here in the form the sources give them, independently of
 * gazetteer.json.
 */
class GazetteerCoordinatesTests {

	private static final double TOLERANCE_KM = 5.0;

	private final Gazetteer gazetteer = Gazetteer.load();

	@ParameterizedTest(name = "{0} within 5 km of {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					iq-k1-air-base                    | 35°31′N 44°17′E (Wikipedia, K-1 Air Base)                    | 35.5167 | 44.2833
					iq-al-asad-air-base               | 33°47′08″N 42°26′28″E (Wikipedia, Al Asad Airbase)          | 33.7856 | 42.4411
					iq-balad-air-base                 | 33°56′N 44°22′E (Wikipedia, Balad Air Base)                  | 33.9333 | 44.3667
					iq-camp-taji                      | 33.53 N 44.25 E (Wikipedia, Camp Taji)                        | 33.53   | 44.25
					iq-qayyarah-west                  | 35°46′N 43°07′E (Wikipedia, Qayyarah Airfield West)          | 35.7667 | 43.1167
					iq-camp-speicher                  | 34°40′N 43°32′E (Wikipedia, COB Speicher)                    | 34.6667 | 43.5333
					iq-al-taqaddum-air-base           | 33°20′17″N 43°35′50″E (Wikipedia, Al Taqaddum Air Base)      | 33.3381 | 43.5972
					iq-baghdad-international-airport  | 33°15′45″N 44°14′05″E (Wikipedia, Baghdad Intl Airport)      | 33.2625 | 44.2347
					iq-erbil-international-airport    | 36°14′15″N 43°57′47″E (Wikipedia, Erbil Intl Airport)        | 36.2375 | 43.9631
					iq-us-embassy-baghdad             | 33.298 N 44.396 E (Wikipedia, US Embassy Baghdad)            | 33.298  | 44.396
					iq-green-zone                     | 33.30 N 44.38 E (Wikipedia, Green Zone)                      | 33.30   | 44.38
					iq-al-qaim                        | 34.37 N 41.09 E (Wikipedia, Al-Qa'im Iraq)                   | 34.37   | 41.09
					sy-albukamal                      | 34.45 N 40.92 E (GeoNames 174448, Abu Kamal)                 | 34.45   | 40.92
					iq-amerli                         | 34.72 N 44.59 E (Wikipedia, Amirli)                          | 34.72   | 44.59
					sy-t4-air-base                    | 34°31′21″N 37°37′47″E (Wikipedia, Tiyas Military Airbase)    | 34.5225 | 37.6297
					sy-shayrat-air-base               | 34°29′25″N 36°54′32″E (Wikipedia, Shayrat Airbase)           | 34.4903 | 36.9089
					sy-mezzeh-air-base                | 33°28′38″N 36°13′24″E (Wikipedia, Mezzeh Military Airport)   | 33.4772 | 36.2233
					sy-damascus-international-airport | 33°24′41″N 36°30′56″E (Wikipedia, Damascus Intl Airport)     | 33.4114 | 36.5156
					iq-kirkuk                         | 35.468 N 44.392 E (GeoNames 94787, Kirkuk)                   | 35.468  | 44.392
					iq-camp-habbaniyah                | 33°22′N 43°34′E (Wikipedia, RAF Habbaniyah)                | 33.3667 | 43.5667
					sy-al-hawl-camp                   | 36°22′32″N 41°08′55″E (Wikipedia, Al-Hawl refugee camp)     | 36.3756 | 41.1486
					sy-bab-al-hawa-crossing           | 36°13′50″N 36°41′34″E (Wikipedia, Bab al-Hawa Crossing)     | 36.2306 | 36.6926
					iq-hammam-al-alil                 | 36°09′29″N 43°15′34″E (Wikipedia, Hamam al-Alil)            | 36.1581 | 43.2594
					iq-altun-kupri                    | 35°45′N 44°08′E (Wikipedia, Altun Kupri)                    | 35.75   | 44.1333
					iq-al-sarafiya-bridge             | 33°21′13″N 44°22′22″E (Wikipedia, Al-Sarafiya bridge)       | 33.3536 | 44.3728
					sy-semalka-crossing               | 37°05′22″N 42°21′00″E (Wikipedia, Semalka Border Crossing)  | 37.0893 | 42.35
					iq-rumaila-oil-field              | 30°09′22″N 47°24′28″E (Wikipedia, Rumaila oil field)        | 30.1561 | 47.4078
					iq-makhmour-refugee-camp          | 35°47′21.5″N 43°36′21.95″E (Wikipedia, Makhmour refugee camp) | 35.7893 | 43.6061
					iq-mandali                        | 33°44′22″N 45°33′41″E (Wikipedia, Mandali, Iraq)            | 33.7395 | 45.5613
					iq-buhriz                         | 33°42′N 44°40′E (Wikipedia, Buhriz)                         | 33.70   | 44.6667
					iq-til-ezer                       | 36°12′7″N 41°41′13″E (Wikipedia, Qahtaniyah / Til Ezer)      | 36.2019 | 41.6869
					iq-kocho                          | 36°10′N 41°44′E (Wikipedia, Kocho, Iraq)                    | 36.1667 | 41.7333
					iq-penjwen                        | 35.62054 N 45.94908 E (GeoNames 98012, Baynjiwayn)           | 35.6205 | 45.9491
					iq-rawanduz                       | 36.61207 N 44.52372 E (GeoNames 92002, Ṟuwandiz)            | 36.6121 | 44.5237
					iq-amedi                          | 37.09214 N 43.48769 E (GeoNames 99611, Al ‘Amādīyah)         | 37.0921 | 43.4877
					iq-qara-tapa                      | about 34°25′N 44°56′E (Wikipedia, Qara Tapa)                 | 34.4167 | 44.9333
					iq-republican-palace              | 33.30 N 44.38 E (Wikipedia, Green Zone, around the palace)  | 33.30   | 44.38
					iq-karrada                        | 33°18′N 44°26′E (Wikipedia, Karrada)                        | 33.30   | 44.4333
					iq-deraluk                        | 37°03′22″N 43°39′07″E (Wikipedia, Deraluk)                  | 37.0560 | 43.6519
					sy-gharanij                       | 34°47′2″N 40°43′42″E (Wikipedia, Gharanij)                  | 34.7839 | 40.7283
					sy-rmelan                         | 37°0′N 41°57′E (Arabic Wikipedia, رميلان)                  | 37.0    | 41.95
					sy-tishreen-dam                   | 36°22′53″N 38°11′00″E (Wikipedia, Tishrin Dam)               | 36.3814 | 38.1833
					sy-diban                          | 35°00′56″N 40°30′37″E (Wikipedia, Diban)                     | 35.0156 | 40.5103
					iq-umm-qasr-port                  | 30°03′12″N 47°56′15″E (Wikipedia, Umm Qasr Port)             | 30.0534 | 47.9376
					""")
	void shouldPlaceNamedFacilitiesWithinFiveKilometresOfTheirReference(String id, String reference, double latitude,
			double longitude) {
		Place place = this.gazetteer.byId(id).orElseThrow();
		assertThat(Distance.km(place.longitude(), place.latitude(), longitude, latitude)).as(reference)
			.isLessThanOrEqualTo(TOLERANCE_KM);
	}

	@ParameterizedTest(name = "{0} is {2}–{3} km from {1}")
	@CsvSource(delimiter = '|', textBlock = """
			iq-k1-air-base   | iq-kirkuk  | 8   | 20
			iq-camp-taji     | iq-baghdad | 20  | 35
			iq-al-qaim       | sy-albukamal | 10 | 25
			iq-qayyarah-west | iq-mosul   | 55  | 70
			iq-hammam-al-alil | iq-mosul  | 15  | 30
			sy-al-hawl-camp  | sy-al-hawl | 0   | 3
			iq-al-jumhuriya-bridge | iq-tahrir-square | 0 | 2
			iq-al-sinak-bridge | iq-tahrir-square | 0 | 2
			iq-khilani-square | iq-tahrir-square | 0 | 2
			iq-al-zaytoun-bridge | iq-nasiriyah | 0 | 3
			iq-badush        | iq-mosul   | 10  | 25
			iq-makhmour-refugee-camp | iq-makhmour | 0 | 5
			iq-buhriz        | iq-baqubah | 5   | 15
			iq-kocho         | iq-sinjar  | 15  | 30
			iq-barwari-bala  | geonames:94911 | 0 | 1
			iq-penjwen       | iq-sulaymaniyah | 40 | 55
			iq-qara-tapa     | iq-jalawla | 15  | 35
			iq-hamrin-mountains | iq-tuz-khurmatu | 30 | 70
			iq-republican-palace | iq-green-zone | 0 | 2
			iq-sinjar-mountains | iq-sinjar | 0 | 1
			iq-til-ezer      | iq-sinjar  | 15  | 30
			iq-karrada       | iq-jadriya | 0   | 6
			""")
	void shouldKeepFacilitiesAtTheirKnownDistanceFromTheTownTheyAreReportedNear(String facility, String town,
			double min, double max) {
		Place a = this.gazetteer.byId(facility).orElseThrow();
		Place b = this.gazetteer.byId(town).orElseThrow();
		assertThat(Distance.km(a, b)).isBetween(min, max);
	}

}

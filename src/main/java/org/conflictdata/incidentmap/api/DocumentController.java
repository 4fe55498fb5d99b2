package org.conflictdata.incidentmap.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.conflictdata.incidentmap.incident.DocumentSummary;
import org.conflictdata.incidentmap.incident.IncidentSummaries;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The source documents the store holds, oldest first, with their metadata and how many
 * incidents cite each, as {@code {"documents": [...]}}; their text is not included. Query
 * parameters are ignored.
 */
@RestController
class DocumentController {

	private final IncidentSummaries summaries;

	DocumentController(IncidentSummaries summaries) {
		this.summaries = summaries;
	}

	@GetMapping("/api/documents")
	DocumentsDocument documents() {
		return new DocumentsDocument(
				this.summaries.documentSummaries().stream().map(DocumentsDocument.Entry::of).toList());
	}

	/**
	 * The body of {@code /api/documents}.
	 *
	 * @param documents every stored document
	 */
	record DocumentsDocument(List<Entry> documents) {

		/**
		 * One document, with the API's snake_case member names.
		 *
		 * @param id stored id
		 * @param name file name, or "api"
		 * @param title title, or null
		 * @param url URL, or null
		 * @param published publication date (YYYY-MM-DD), or null
		 * @param publishedBasis how the publication date was obtained, or null
		 * @param incidentCount how many incidents cite it
		 */
		record Entry(long id, String name, String title, String url, String published,
				@JsonProperty("published_basis") String publishedBasis,
				@JsonProperty("incident_count") long incidentCount) {

			static Entry of(DocumentSummary summary) {
				return new Entry(summary.id(), summary.name(), summary.title(), summary.url(),
						(summary.published() != null) ? summary.published().toString() : null, summary.publishedBasis(),
						summary.incidentCount());
			}

		}

	}

}

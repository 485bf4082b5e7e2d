package vn.thidua.campaigns;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The registry of initiatives; the eligibility rules read it. */
public interface InitiativeService {

    long record(String title, InitiativeKind kind, List<String> authorCodes, InitiativeScope scope,
                LocalDate recognisedOn, String decisionNumber);

    /** Records an initiative with the registry's details: its field, the recognising body, the evidence of effect. */
    long record(String title, InitiativeKind kind, List<String> authorCodes, InitiativeScope scope,
                LocalDate recognisedOn, String decisionNumber, String field, String recognisingBody, String effect);

    /** Attaches a document proving the initiative's effect (PDF, DOCX, XLSX, JPEG, PNG). */
    long attachEvidence(long initiativeId, String fileName, java.io.InputStream content);

    /**
     * The registry's search, paged in the database: {@code text} matches the title ignoring case and diacritics, or
     * an author's code; {@code scope} (optional) the narrowest scope, {@code year} (optional) the year of recognition.
     */
    vn.thidua.platform.Page<InitiativeEntry> search(String text, InitiativeScope scope, Integer year, int page, int size);

    /** A document of an initiative the caller may read. */
    Movements.StoredDocument evidence(long documentId);

    /** The initiatives of each person among {@code authorCodes} recognised from {@code from} to {@code to}. */
    Map<String, List<Initiative>> byAuthors(Collection<String> authorCodes, LocalDate from, LocalDate to);

    /** The newest initiatives the caller may read, at most {@code max}. */
    List<Initiative> latest(int max);
}

package vn.thidua.campaigns;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Emulation movements: drafted and launched by a province, department or unit, reviewed and closed; with phases,
 * interim and final reviews and documents. Every signed-in user reads launched movements; drafts are read by those
 * who may write at the launching unit. Every write is audited.
 */
public interface MovementService {

    long create(Movements.MovementInput input);

    /** Moves the movement to its next state (draft → launched → under review → closed). */
    MovementState advance(String code, long expectedVersion);

    Optional<Movements.MovementDetails> find(String code);

    /** The newest movements the caller may read, at most {@code max}; {@code year} (optional) keeps those running in it. */
    List<Movements.MovementSummary> list(Integer year, int max);

    /**
     * Movements launched (not drafts) whose period starts in [{@code from}, {@code to}], by units in the subtree of
     * {@code unitCode} (every readable unit when null), for form 0601.
     */
    List<Movements.MovementSummary> launchedBetween(LocalDate from, LocalDate to, String unitCode);

    long addPhase(String code, String name, LocalDate startsOn, LocalDate endsOn);

    long recordReview(String code, ReviewKind kind, LocalDate heldOn, String summary, String figures,
                      String fileName, InputStream report);

    long attachLaunchDocument(String code, String fileName, InputStream content);

    Movements.StoredDocument document(long documentId);
}

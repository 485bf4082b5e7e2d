package vn.thidua.campaigns;

import java.io.InputStream;
import java.util.List;

/** Advanced exemplars and the honour board every signed-in user reads. */
public interface ExemplarService {

    /** Records an exemplar with an optional photo (JPEG or PNG); specialists, administrators, the unit's officers. */
    long record(Exemplars.ExemplarInput input, String photoName, InputStream photo);

    /** The honour board: exemplars of the movement (any when null) and year (any when null), newest first. */
    List<Exemplars.ExemplarDetails> board(String movementCode, Integer year, int max);

    /** An exemplar's photo, readable by every signed-in user like the board. */
    Movements.StoredDocument photo(long exemplarId);
}

package vn.thidua.commendation;

import java.io.InputStream;

/**
 * The files of a batch's dossier (Decree 152/2025's parts: submission, achievement reports, minutes…), of the batch
 * or of one nominee: PDF, DOCX, XLSX, JPEG or PNG by their content, up to the configured size, never replaced (a
 * newer file is added). Unit officers, specialists, council secretaries and administrators of the batch's unit add
 * them while the batch is not final; whoever reads the batch reads them.
 */
public interface Dossiers {

    /** Adds a file to the dossier and returns its id. */
    long upload(long batchId, Long nomineeId, Nominations.Part part, String fileName, InputStream content);

    Nominations.StoredFile file(long fileId);
}

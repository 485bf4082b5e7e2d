package vn.thidua.platform.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What an import page needs of a module's importer (see {@code vn.thidua.platform.web.SheetImportView}). */
public interface SheetImporter {

    /** The columns of the template, as keys; {@link #header(String, Locale)} names them. */
    List<String> columns();

    String header(String column, Locale locale);

    /** Reads a filled template (refusing a file that is not one) and starts checking it. */
    ImportJob start(String owner, InputStream workbook);

    Optional<ImportJob> job(String id, String owner);

    /**
     * The owner's newest job still checking or waiting to be written, started within the last minutes: what a page
     * opened afresh carries on with (its node died, or the user reloaded it).
     */
    Optional<ImportJob> unfinished(String owner);

    /** Checks up to {@code max} more rows, in a fixed number of queries. */
    void checkNext(ImportJob job, int max);

    /** Writes every row in one transaction: all of them, or (on any failure) none. */
    void importAll(ImportJob job);

    void writeTemplate(OutputStream out) throws IOException;

    /** The file name of the template download. */
    String templateName();
}

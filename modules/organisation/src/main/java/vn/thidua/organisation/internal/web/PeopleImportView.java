package vn.thidua.organisation.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.thidua.organisation.internal.application.PeopleImport;
import vn.thidua.platform.sheets.SheetImporter;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.SheetImportView;

/** The import of people from the workbook template (see {@link SheetImportView}). */
@Named
@ViewScoped
public class PeopleImportView extends SheetImportView {

    private static final long serialVersionUID = 1L;

    @Inject private PeopleImport imports;

    @Override
    protected SheetImporter importer() {
        return imports;
    }

    @Override
    protected void reportDone(int imported) {
        FacesMessages.info(null, "orgmsg", "import.done", imported);
    }
}

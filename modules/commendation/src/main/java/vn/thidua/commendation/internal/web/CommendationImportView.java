package vn.thidua.commendation.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.thidua.commendation.internal.application.CommendationImport;
import vn.thidua.platform.sheets.SheetImporter;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.SheetImportView;

/** "Nhập lịch sử khen thưởng": decided commendations of the paper archives from a workbook. */
@Named
@ViewScoped
public class CommendationImportView extends SheetImportView {

    private static final long serialVersionUID = 1L;

    @Inject private CommendationImport imports;

    @Override
    protected SheetImporter importer() {
        return imports;
    }

    @Override
    protected void reportDone(int imported) {
        FacesMessages.info(null, "cmdmsg", "import.done", imported);
    }
}

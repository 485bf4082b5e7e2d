package vn.thidua.campaigns.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import vn.thidua.campaigns.InitiativeKind;
import vn.thidua.campaigns.InitiativeScope;
import vn.thidua.campaigns.InitiativeService;
import vn.thidua.campaigns.internal.documents.InitiativeRegistryWorkbook;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.FacesViolations;

/** The initiatives registry: a form to record one, and the search of the registry paged in the database. */
@Named
@ViewScoped
public class InitiativesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private InitiativeService initiatives;

    @Getter @Setter private String field;
    @Getter @Setter private String recognisingBody;
    @Getter @Setter private String effect;
    @Getter @Setter private String searchText;
    @Getter @Setter private InitiativeScope searchScope;
    @Getter @Setter private Integer searchYear;
    @Getter private final Registry registry = new Registry();

    /** The registry's rows, read one page at a time from the database. */
    public class Registry extends org.primefaces.model.LazyDataModel<vn.thidua.campaigns.InitiativeEntry> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(java.util.Map<String, org.primefaces.model.FilterMeta> filters) {
            return (int) initiatives.search(searchText, searchScope, searchYear, 0, 1).total();
        }

        @Override
        public List<vn.thidua.campaigns.InitiativeEntry> load(int first, int pageSize,
                java.util.Map<String, org.primefaces.model.SortMeta> sort, java.util.Map<String, org.primefaces.model.FilterMeta> filters) {
            vn.thidua.platform.Page<vn.thidua.campaigns.InitiativeEntry> page = initiatives.search(searchText, searchScope,
                    searchYear, first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(vn.thidua.campaigns.InitiativeEntry entry) {
            return Long.toString(entry.id());
        }
    }
    @Getter @Setter private String title;
    @Getter @Setter private InitiativeKind kind = InitiativeKind.INITIATIVE;
    @Getter @Setter private InitiativeScope scope = InitiativeScope.CO_SO;
    @Getter @Setter private LocalDate recognisedOn;
    @Getter @Setter private String decisionNumber;
    @Getter @Setter private String authorCodes;

    public void record() {
        boolean done = FacesViolations.attempt("initiativeForm",
                Set.of("title", "scope", "recognisedOn", "decisionNumber", "authorCodes"), () -> initiatives.record(title,
                        kind, authorCodes == null ? List.of() : Arrays.stream(authorCodes.split("[,;\\s]+"))
                                .filter(s -> !s.isBlank()).toList(), scope, recognisedOn, decisionNumber, field,
                        recognisingBody, effect));
        if (done) {
            FacesMessages.info(null, "cmpmsg", "initiatives.recorded");
            title = null;
            decisionNumber = null;
            authorCodes = null;
            field = null;
            effect = null;
        }
    }

    public void attachEvidence(org.primefaces.event.FileUploadEvent event) {
        long id = (Long) event.getComponent().getAttributes().get("initiative");
        if (FacesViolations.attempt("registryForm", Set.of(), () -> {
            try (java.io.InputStream in = event.getFile().getInputStream()) {
                initiatives.attachEvidence(id, event.getFile().getFileName(), in);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })) {
            FacesMessages.info(null, "cmpmsg", "initiatives.evidenceAttached");
        }
    }

    public void download(long documentId) throws java.io.IOException {
        vn.thidua.campaigns.Movements.StoredDocument document = initiatives.evidence(documentId);
        vn.thidua.platform.web.Downloads.send(document.fileName(), document.contentType(), document.content());
    }

    /** The whole result of the search as .xlsx, written a window of rows at a time. */
    public void export() throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        InitiativeRegistryWorkbook.write(out, page -> initiatives.search(searchText, searchScope, searchYear, page, 500));
        vn.thidua.platform.web.Downloads.send("so-sang-kien.xlsx", vn.thidua.platform.sheets.Sheets.XLSX, out.toByteArray());
    }

    public InitiativeKind[] getKinds() {
        return InitiativeKind.values();
    }

    public InitiativeScope[] getScopes() {
        return InitiativeScope.values();
    }
}

package vn.thidua.campaigns.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import vn.thidua.campaigns.InitiativeKind;
import vn.thidua.campaigns.InitiativeScope;
import vn.thidua.campaigns.InitiativeService;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.FacesViolations;

/** The initiatives registry: a form to record one, and the search of the registry paged in the database. */
@Named
@ViewScoped
public class InitiativesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InitiativeService initiatives;

    private String field;
    private String recognisingBody;
    private String effect;
    private String searchText;
    private InitiativeScope searchScope;
    private Integer searchYear;
    private final Registry registry = new Registry();

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
    private String title;
    private InitiativeKind kind = InitiativeKind.INITIATIVE;
    private InitiativeScope scope = InitiativeScope.CO_SO;
    private LocalDate recognisedOn;
    private String decisionNumber;
    private String authorCodes;

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

    public Registry getRegistry() {
        return registry;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getRecognisingBody() {
        return recognisingBody;
    }

    public void setRecognisingBody(String recognisingBody) {
        this.recognisingBody = recognisingBody;
    }

    public String getEffect() {
        return effect;
    }

    public void setEffect(String effect) {
        this.effect = effect;
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public InitiativeScope getSearchScope() {
        return searchScope;
    }

    public void setSearchScope(InitiativeScope searchScope) {
        this.searchScope = searchScope;
    }

    public Integer getSearchYear() {
        return searchYear;
    }

    public void setSearchYear(Integer searchYear) {
        this.searchYear = searchYear;
    }

    public InitiativeKind[] getKinds() {
        return InitiativeKind.values();
    }

    public InitiativeScope[] getScopes() {
        return InitiativeScope.values();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public InitiativeKind getKind() {
        return kind;
    }

    public void setKind(InitiativeKind kind) {
        this.kind = kind;
    }

    public InitiativeScope getScope() {
        return scope;
    }

    public void setScope(InitiativeScope scope) {
        this.scope = scope;
    }

    public LocalDate getRecognisedOn() {
        return recognisedOn;
    }

    public void setRecognisedOn(LocalDate recognisedOn) {
        this.recognisedOn = recognisedOn;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public void setDecisionNumber(String decisionNumber) {
        this.decisionNumber = decisionNumber;
    }

    public String getAuthorCodes() {
        return authorCodes;
    }

    public void setAuthorCodes(String authorCodes) {
        this.authorCodes = authorCodes;
    }
}

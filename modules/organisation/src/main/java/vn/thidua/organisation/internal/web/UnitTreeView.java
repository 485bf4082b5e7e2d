package vn.thidua.organisation.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import org.primefaces.event.NodeExpandEvent;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.thidua.organisation.Rating;
import vn.thidua.organisation.UnitChange;
import vn.thidua.organisation.UnitDetails;
import vn.thidua.organisation.UnitInput;
import vn.thidua.organisation.UnitKind;
import vn.thidua.organisation.UnitNode;
import vn.thidua.organisation.UnitService;
import vn.thidua.organisation.YearRating;
import vn.thidua.platform.Checks;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.FacesViolations;
import vn.thidua.platform.ProvinceClock;

/**
 * The unit tree page: a tree that loads children when opened, a search, the selected unit's details, history
 * and ratings, and the forms to create, edit, merge and dissolve. The view keeps codes and small records only.
 */
@Named
@ViewScoped
public class UnitTreeView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PLACEHOLDER = "…";
    private static final Set<String> UNIT_FIELDS = Set.of("code", "name", "kind", "parentCode", "validFrom", "validTo");

    @Inject private UnitService units;

    /** The commendation history, from the module that owns commendations. */
    @Inject private jakarta.enterprise.inject.Instance<vn.thidua.platform.web.RecordHistory> histories;

    @Getter private TreeNode<Object> root;
    @Getter @Setter private TreeNode<Object> selectedNode;
    @Getter private UnitDetails selected;
    @Getter private List<UnitChange> history = List.of();
    @Getter private List<YearRating> ratings = List.of();
    private List<vn.thidua.platform.web.HistoryLine> commendations = List.of();

    @Getter @Setter private String searchText;
    @Getter private List<UnitNode> searchResults;

    @Getter private boolean creating;
    @Getter @Setter private String formCode;
    @Getter @Setter private String formName;
    @Getter @Setter private UnitKind formKind;
    @Getter @Setter private vn.thidua.organisation.MemberCount formMemberCount = vn.thidua.organisation.MemberCount.AUTO;
    @Getter @Setter private String formParentCode;
    @Getter @Setter private LocalDate formValidFrom;
    @Getter @Setter private LocalDate formValidTo;
    private long formVersion;

    @Getter @Setter private String successorCode;
    @Getter @Setter private LocalDate effectiveDate;
    @Getter @Setter private String decisionNumber;

    @Getter @Setter private Integer ratingYear = ProvinceClock.thisYear() - 1;
    @Getter @Setter private Rating ratingValue;

    @PostConstruct
    void init() {
        buildTree();
    }

    private void buildTree() {
        root = new DefaultTreeNode<>("root", null);
        for (UnitNode node : units.topNodes()) {
            TreeNode<Object> top = add(node, root);
            top.setExpanded(true);
            loadChildren(top);
        }
    }

    private static TreeNode<Object> add(UnitNode node, TreeNode<Object> parent) {
        TreeNode<Object> treeNode = new DefaultTreeNode<>(node.isEnded() ? "ended" : "unit", node, parent);
        if (node.hasChildren()) {
            new DefaultTreeNode<>("placeholder", PLACEHOLDER, treeNode);
        }
        return treeNode;
    }

    private void loadChildren(TreeNode<Object> treeNode) {
        if (!(treeNode.getData() instanceof UnitNode unit)) {
            return;
        }
        treeNode.getChildren().clear();
        for (UnitNode child : units.children(unit.code())) {
            add(child, treeNode);
        }
    }

    public void onExpand(NodeExpandEvent event) {
        @SuppressWarnings("unchecked")
        TreeNode<Object> node = (TreeNode<Object>) event.getTreeNode();
        if (node.getChildCount() == 1 && PLACEHOLDER.equals(node.getChildren().get(0).getData())) {
            loadChildren(node);
        }
    }

    public void onSelect(NodeSelectEvent event) {
        if (event.getTreeNode().getData() instanceof UnitNode unit) {
            select(unit.code());
        }
    }

    public void select(String code) {
        FacesViolations.attempt("detail", Set.of(), () -> {
            selected = units.findByCode(code).orElse(null);
            history = selected == null ? List.of() : units.history(code);
            ratings = selected == null ? List.of() : units.ratings(code);
            commendations = selected == null || !histories.isResolvable() ? List.of()
                    : histories.get().of("UNIT", code);
        });
    }

    public void search() {
        searchResults = units.search(searchText, 50);
    }

    public void prepareNew(boolean under) {
        creating = true;
        formCode = null;
        formName = null;
        formKind = null;
        formMemberCount = vn.thidua.organisation.MemberCount.AUTO;
        formParentCode = under && selected != null ? selected.code() : null;
        formValidFrom = null;
        formValidTo = null;
        formVersion = 0;
    }

    public void prepareEdit() {
        creating = false;
        formCode = selected.code();
        formName = selected.name();
        formKind = selected.kind();
        formMemberCount = selected.memberCount();
        formParentCode = selected.parentCode();
        formValidFrom = selected.validFrom();
        formValidTo = selected.validTo();
        formVersion = selected.version();
    }

    public void save() {
        boolean saved = FacesViolations.attempt("unitForm", UNIT_FIELDS, () -> {
            Checks checks = new Checks();
            String code = checks.code("code", formCode, true);
            String name = checks.name("name", formName);
            checks.code("parentCode", formParentCode, false);
            checks.throwIfAny();
            if (creating && units.findByCode(code).isPresent()) {
                throw new InvalidInputException(new vn.thidua.platform.Violation("code",
                        "vn.thidua.organisation.i18n.messages", "unit.codeTaken", code));
            }
            selected = units.save(code, new UnitInput(name, formParentCode, formKind, formValidFrom, formValidTo,
                    formMemberCount),
                    creating ? null : formVersion).value();
        });
        if (saved) {
            FacesMessages.info(null, "orgmsg", "units.saved", selected.code());
            buildTree();
            select(selected.code());
        }
    }

    public void merge() {
        String mergedCode = selected.code();
        boolean merged = FacesViolations.attempt("mergeForm", Set.of("successorCode", "effectiveDate"), () -> {
            Checks checks = new Checks();
            checks.code("successorCode", successorCode, true);
            checks.throwIfAny();
            units.merge(List.of(mergedCode), successorCode, effectiveDate, decisionNumber);
        });
        if (merged) {
            FacesMessages.info(null, "orgmsg", "units.merged", mergedCode, successorCode);
            buildTree();
            select(successorCode);
        }
    }

    public void dissolve() {
        String code = selected.code();
        boolean dissolved = FacesViolations.attempt("dissolveForm", Set.of("effectiveDate"), () ->
                units.dissolve(code, effectiveDate, decisionNumber));
        if (dissolved) {
            FacesMessages.info(null, "orgmsg", "units.dissolved", code);
            buildTree();
            select(code);
        }
    }

    public void rate() {
        String code = selected.code();
        boolean rated = FacesViolations.attempt("ratingForm", Set.of("year", "rating"), () ->
                units.rate(code, ratingYear == null ? 0 : ratingYear, ratingValue));
        if (rated) {
            ratings = units.ratings(code);
        }
    }

    public UnitKind[] getKinds() {
        return UnitKind.values();
    }

    public Rating[] getRatingValues() {
        return Rating.values();
    }

    /** The selected unit's commendations as a collective, newest first. */
    public List<vn.thidua.platform.web.HistoryLine> getCommendations() {
        return commendations;
    }

    public vn.thidua.organisation.MemberCount[] getMemberCounts() {
        return vn.thidua.organisation.MemberCount.values();
    }
}

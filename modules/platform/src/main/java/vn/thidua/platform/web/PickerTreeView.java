package vn.thidua.platform.web;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.event.NodeExpandEvent;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.thidua.platform.AccessDeniedException;

/**
 * The units' tree behind every unit picker (the dialog of the page layout): it opens on the caller's top units and
 * reads a unit's children when it is expanded; choosing a unit fills the picker that opened the dialog with its
 * name and code, as choosing a suggestion does.
 */
@Named("pickerTree")
@ViewScoped
public class PickerTreeView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String KIND = "unit";

    @Inject
    @Any
    transient Instance<PickSource> sources;

    private TreeNode<PickSource.TreePick> root;

    /** The tree, its top level read on first use. */
    public TreeNode<PickSource.TreePick> getRoot() {
        if (root == null) {
            root = new DefaultTreeNode<>(null, null);
            add(root, null);
        }
        return root;
    }

    public void expand(NodeExpandEvent event) {
        @SuppressWarnings("unchecked")
        TreeNode<PickSource.TreePick> node = event.getTreeNode();
        if (node.getChildren().size() == 1 && node.getChildren().get(0).getData() == null) {
            node.getChildren().clear();
            add(node, node.getData().pick().code());
        }
    }

    /** Hands the chosen unit to the page's script, which fills the picker that asked. */
    public void select(NodeSelectEvent event) {
        PickSource.TreePick chosen = (PickSource.TreePick) event.getTreeNode().getData();
        if (chosen != null) {
            PrimeFaces.current().ajax().addCallbackParam("code", chosen.pick().code());
            PrimeFaces.current().ajax().addCallbackParam("label", chosen.pick().name() + " — " + chosen.pick().code());
        }
    }

    private void add(TreeNode<PickSource.TreePick> parent, String parentCode) {
        for (PickSource.TreePick line : lines(parentCode)) {
            DefaultTreeNode<PickSource.TreePick> node = new DefaultTreeNode<>(line, parent);
            if (!line.leaf()) {
                // A placeholder child makes the line expandable; its children are read when it is opened.
                new DefaultTreeNode<PickSource.TreePick>(null, node);
            }
        }
    }

    private List<PickSource.TreePick> lines(String parentCode) {
        for (PickSource source : sources()) {
            if (source.kinds().contains(KIND)) {
                try {
                    return source.children(KIND, parentCode);
                } catch (AccessDeniedException e) {
                    return List.of();
                }
            }
        }
        return List.of();
    }

    private Instance<PickSource> sources() {
        if (sources == null) {
            // After the view was restored on another node (or passivated): look the sources up again.
            sources = jakarta.enterprise.inject.spi.CDI.current().select(PickSource.class, Any.Literal.INSTANCE);
        }
        return sources;
    }
}

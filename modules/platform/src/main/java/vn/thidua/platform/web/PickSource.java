package vn.thidua.platform.web;

import java.util.List;
import java.util.Set;

/**
 * What a module offers to the pickers of every page: the records of some kinds ({@code unit}, {@code person},
 * {@code household}, {@code movement}, …) whose name (without diacritics) or code contains a text, within what the
 * signed-in user may read, at most {@code max} of them, searched in the database. Each module implements it for the
 * records it owns; {@link PickerView} asks the one that names the kind.
 */
public interface PickSource {

    Set<String> kinds();

    List<Pick> find(String kind, String text, int max);

    /**
     * The records of a tree-shaped kind (units) under {@code parentCode}, or the caller's top ones when it is null,
     * for the picker's tree; {@link TreePick#leaf()} says whether a line can be opened. Empty for kinds without a tree.
     */
    default List<TreePick> children(String kind, String parentCode) {
        return List.of();
    }

    /** A line of a picker's tree. */
    record TreePick(Pick pick, boolean leaf) implements java.io.Serializable {
    }
}

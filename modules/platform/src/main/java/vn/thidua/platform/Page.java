package vn.thidua.platform;

import java.util.List;

/** One page of a list: the items, how many there are in all, and which page of which size this is. */
public record Page<T>(List<T> items, long total, int page, int size) {
}

package vn.thidua.platform.web;

import java.util.List;

/**
 * What a module has waiting for the signed-in user (batches to act on, registrations to receive, sheets to
 * confirm, deadlines): read in a few queries, within the user's roles and units, for the home page. Each module
 * implements it for its own records.
 */
public interface WorkSource {

    List<WorkItem> waiting();
}

package vn.thidua.campaigns;

/** What the law accepts where it asks for an initiative: an initiative, a research project, combat ingenuity. */
public enum InitiativeKind {
    INITIATIVE, RESEARCH_PROJECT, COMBAT_INGENUITY
}

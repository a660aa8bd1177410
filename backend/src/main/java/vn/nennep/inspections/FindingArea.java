package vn.nennep.inspections;

/**
 * What a finding is about, as the inspections of the carrying out of resolutions check it: the documents issued, the
 * action plan, the models built, the results against the targets, the time taken, anything else.
 */
public enum FindingArea {
    DOCUMENTS_ISSUED, ACTION_PLAN, MODELS, TARGET_RESULTS, COMPLETION_TIME, OTHER
}

package vn.nennep.inspections;

/** A place in the team named by the inspection decision: one head, deputies, members, a secretary. */
public enum TeamRole {
    HEAD, DEPUTY, MEMBER, SECRETARY
}

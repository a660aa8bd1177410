package vn.nennep.studies;

/**
 * How a study session reaches its audience: in a hall, online through bridge points, both, or by radio. The format
 * decides which counts a session has ({@link SessionRules}).
 */
public enum SessionFormat {
    IN_PERSON, ONLINE, HYBRID, BROADCAST
}

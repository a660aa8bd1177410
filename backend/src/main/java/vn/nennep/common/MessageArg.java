package vn.nennep.common;

/** A message argument that is itself a message key, localized along with the message (e.g. a resource name). */
public record MessageArg(String key) {
}

package vn.nennep.resolutions;

/** The next free number of a document type for an issuer in a term, e.g. {@code 18-NQ/HU}. */
public record NextNumberResponse(String number) {
}

package vn.nennep.common;

/** 404: the named resource does not exist (or, later, is outside the caller's subtree). */
public class NotFound extends ProblemException {
    public NotFound(String resourceKey, Object id) {
        super(ProblemKind.NOT_FOUND, "error.notFound", new MessageArg(resourceKey), id);
    }
}

package vn.nennep.imports;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import vn.nennep.common.ProblemException;
import vn.nennep.common.ProblemKind;

/**
 * 400: the body cannot be read to its end (bytes that are not UTF-8, JSON cut short or malformed, an unclosed CSV
 * quote). The whole import is refused and nothing is written; the detail names the data row where reading stopped.
 */
class BrokenFile extends ProblemException {

    private final long row;

    BrokenFile(String key, long row, Object... more) {
        super(ProblemKind.BAD_REQUEST, key, args(row, more));
        this.row = row;
    }

    long row() {
        return row;
    }

    static BrokenFile of(Throwable e, long row) {
        if (e instanceof BrokenFile broken) {
            return broken;
        }
        if (e instanceof BodyTooLarge.Signal) {
            throw new BodyTooLarge();
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLarge.Signal) {
                throw new BodyTooLarge();
            }
        }
        if (RowReader.isEncoding(e)) {
            return new BrokenFile("import.file.encoding", row);
        }
        if (e instanceof JsonEOFException || String.valueOf(e.getMessage()).contains("end-of-input")
                || String.valueOf(e.getMessage()).contains("EOF")) {
            return new BrokenFile("import.file.truncated", row);
        }
        if (e instanceof JsonParseException parse && parse.getLocation() != null) {
            return new BrokenFile("import.file.malformed", row, parse.getLocation().getLineNr(),
                    parse.getLocation().getColumnNr());
        }
        return new BrokenFile("import.file.unreadable", row);
    }

    private static Object[] args(long row, Object[] more) {
        Object[] all = new Object[1 + more.length];
        all[0] = row;
        System.arraycopy(more, 0, all, 1, more.length);
        return all;
    }
}

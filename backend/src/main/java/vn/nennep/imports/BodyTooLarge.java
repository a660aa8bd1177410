package vn.nennep.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import vn.nennep.common.ProblemException;
import vn.nennep.common.ProblemKind;

/** 413: the body is above the import limit ({@code nennep.imports.max-body-size}); nothing is written. */
class BodyTooLarge extends ProblemException {

    BodyTooLarge() {
        super(ProblemKind.PAYLOAD_TOO_LARGE, "error.http.payload-too-large");
    }

    /** What {@link Counting} throws from inside a parser, which wraps it; turned into a {@link BodyTooLarge}. */
    static final class Signal extends IOException {
        Signal() {
            super("import body above the limit");
        }
    }

    /** Counts the bytes read and stops at the limit: a chunked upload has no Content-Length to check first. */
    static final class Counting extends FilterInputStream {
        private final long limit;
        private long count;

        Counting(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) throws Signal {
            count += n;
            if (count > limit) {
                throw new Signal();
            }
        }
    }
}

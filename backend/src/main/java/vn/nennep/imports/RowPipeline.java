package vn.nennep.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import vn.nennep.imports.spi.RowHandler;

/**
 * Reads and prepares the rows of an import on a thread of its own, a chunk ahead of the transaction's thread that
 * writes them: parsing, binding and Bean Validation (no database, no transaction; {@link RowHandler#prepare}) run on
 * one core while the writing thread and PostgreSQL use the other. A few chunks are queued at most, so memory stays
 * bounded whatever the file's size. What the reader fails with (a broken file, a body over the limit) is rethrown by
 * {@link #next()} on the writing thread, after the chunks read before it, just as a single-threaded loop would.
 */
final class RowPipeline implements AutoCloseable {

    private static final int QUEUED_CHUNKS = 3;

    /** What the reader hands over: a chunk, the end, or what stopped it. */
    private record Item(List<RowHandler.Row> rows, RuntimeException failure) {
    }

    private static final Item END = new Item(null, null);

    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUED_CHUNKS);
    private final Thread thread;
    private volatile boolean stopped;
    private boolean ended;

    private RowPipeline(RowReader reader, RowHandler handler, int chunkSize, Locale locale) {
        thread = new Thread(() -> read(reader, handler, chunkSize, locale), "import-reader");
        thread.setDaemon(true);
    }

    static RowPipeline start(RowReader reader, RowHandler handler, int chunkSize, Locale locale) {
        RowPipeline pipeline = new RowPipeline(reader, handler, chunkSize, locale);
        pipeline.thread.start();
        return pipeline;
    }

    /** The next prepared chunk, or null at the end of the file. */
    List<RowHandler.Row> next() {
        if (ended) {
            return null;
        }
        Item item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the import's rows", e);
        }
        if (item.failure() != null) {
            ended = true;
            throw item.failure();
        }
        if (item == END) {
            ended = true;
            return null;
        }
        return item.rows();
    }

    private void read(RowReader reader, RowHandler handler, int chunkSize, Locale locale) {
        try {
            List<RowHandler.Row> chunk = new ArrayList<>(chunkSize);
            for (var data = reader.next(); data != null; data = reader.next()) {
                chunk.add(new RowHandler.Row(reader.row(), data));
                if (chunk.size() == chunkSize) {
                    handler.prepare(chunk, locale);
                    if (!hand(new Item(chunk, null))) {
                        return;
                    }
                    chunk = new ArrayList<>(chunkSize);
                }
            }
            if (!chunk.isEmpty()) {
                handler.prepare(chunk, locale);
                if (!hand(new Item(chunk, null))) {
                    return;
                }
            }
            hand(END);
        } catch (RuntimeException e) {
            hand(new Item(null, e));
        } catch (Error e) {
            hand(new Item(null, new IllegalStateException("the import's reader failed", e)));
        }
    }

    /** False when the writing side has given up (its transaction failed): the reader stops. */
    private boolean hand(Item item) {
        try {
            while (!stopped) {
                if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Stops the reader if it still runs (the writing side failed; it stops at its next chunk, without being waited
     * for). After the end or a reader's failure the thread has finished: the caller may drain what is left of the body
     * without two threads reading it.
     */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        if (ended) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

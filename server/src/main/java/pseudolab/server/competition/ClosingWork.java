package pseudolab.server.competition;

import org.jdbi.v3.core.Handle;

/** Work done inside the transaction that closes a competition (such as auto-selecting submissions). */
public interface ClosingWork {
    void onClose(Handle handle, Competition competition);
}

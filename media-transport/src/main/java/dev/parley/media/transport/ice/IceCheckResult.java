package dev.parley.media.transport.ice;

/**
 * What the agent decided about one check.
 *
 * @param verdict OK or why the check was refused
 * @param response the success response to send back to the check's source; null unless OK
 * @param selectedChanged true if this check made its source the selected address
 */
public record IceCheckResult(IceCheckVerdict verdict, byte[] response, boolean selectedChanged) {

    static IceCheckResult refused(IceCheckVerdict verdict) {
        return new IceCheckResult(verdict, null, false);
    }

    /** True if the check was valid and answered. */
    public boolean ok() {
        return verdict == IceCheckVerdict.OK;
    }
}

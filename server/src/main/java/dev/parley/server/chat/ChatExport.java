package dev.parley.server.chat;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A meeting's chat as a Markdown document for download: one list item per message, oldest first, times in UTC. Message text is
 * put in an indented block after its header line, so nothing a participant typed can become a heading or a link target of
 * the document's own structure.
 */
final class ChatExport {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ChatExport() {
    }

    static String markdown(long meetingId, List<ChatMessage> messages) {
        StringBuilder out = new StringBuilder("# Chat of meeting ").append(meetingId).append("\n\n");
        if (messages.isEmpty()) {
            out.append("No messages.\n");
        }
        for (ChatMessage message : messages) {
            out.append("- ").append(TIME.format(message.sentAt())).append(" — ").append(message.from().name());
            if (message.to() != null) {
                out.append(" → ").append(message.to().name()).append(" (private)");
            }
            out.append('\n');
            String text = message.deleted() ? "(deleted by the host)" : message.text();
            for (String line : text.split("\r?\n", -1)) {
                out.append("      ").append(line).append('\n');
            }
        }
        return out.toString();
    }
}

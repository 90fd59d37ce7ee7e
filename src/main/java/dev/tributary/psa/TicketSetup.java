package dev.tributary.psa;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The configuration tickets are routed with: boards and their statuses, priorities, categories. */
public interface TicketSetup {

    BoardInfo createBoard(UUID tenantId, String name, boolean isDefault);

    List<BoardInfo> boards(UUID tenantId);

    Optional<BoardInfo> board(UUID tenantId, UUID boardId);

    StatusInfo createStatus(UUID tenantId, UUID boardId, String name, boolean closed, boolean isDefault);

    List<StatusInfo> statuses(UUID tenantId, UUID boardId);

    /** All statuses of the tenant (every board). */
    List<StatusInfo> allStatuses(UUID tenantId);

    Optional<StatusInfo> status(UUID tenantId, UUID statusId);

    PriorityInfo createPriority(UUID tenantId, String name, Integer orderNumber);

    List<PriorityInfo> priorities(UUID tenantId);

    Optional<PriorityInfo> priority(UUID tenantId, UUID priorityId);

    CategoryInfo createCategory(UUID tenantId, String name, UUID boardId, UUID parentId);

    List<CategoryInfo> categories(UUID tenantId);

    Optional<CategoryInfo> category(UUID tenantId, UUID categoryId);

    record BoardInfo(UUID id, String name, boolean isDefault) {
    }

    record StatusInfo(UUID id, UUID boardId, String name, boolean isClosed, boolean isDefault) {
    }

    record PriorityInfo(UUID id, String name, int orderNumber) {
    }

    record CategoryInfo(UUID id, String name, UUID boardId, UUID parentId) {
    }
}

package dev.tributary.huntress.settings;

import dev.tributary.psa.Clients;
import dev.tributary.psa.TicketSetup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** In-memory boards, statuses, priorities, categories and clients for settings tests. */
final class FakeSetup implements TicketSetup, Clients {

    final List<BoardInfo> boards = new ArrayList<>();
    final List<StatusInfo> statuses = new ArrayList<>();
    final List<PriorityInfo> priorities = new ArrayList<>();
    final List<CategoryInfo> categories = new ArrayList<>();
    final List<ClientInfo> clients = new ArrayList<>();

    @Override
    public BoardInfo createBoard(UUID tenantId, String name, boolean isDefault) {
        BoardInfo board = new BoardInfo(UUID.randomUUID(), name, isDefault);
        boards.add(board);
        statuses.add(new StatusInfo(UUID.randomUUID(), board.id(), "New", false, true));
        statuses.add(new StatusInfo(UUID.randomUUID(), board.id(), "Closed", true, false));
        return board;
    }

    @Override
    public List<BoardInfo> boards(UUID tenantId) {
        return boards;
    }

    @Override
    public Optional<BoardInfo> board(UUID tenantId, UUID boardId) {
        return boards.stream().filter(b -> b.id().equals(boardId)).findFirst();
    }

    @Override
    public StatusInfo createStatus(UUID tenantId, UUID boardId, String name, boolean closed, boolean isDefault) {
        StatusInfo status = new StatusInfo(UUID.randomUUID(), boardId, name, closed, isDefault);
        statuses.add(status);
        return status;
    }

    @Override
    public List<StatusInfo> statuses(UUID tenantId, UUID boardId) {
        return statuses.stream().filter(s -> s.boardId().equals(boardId)).toList();
    }

    @Override
    public List<StatusInfo> allStatuses(UUID tenantId) {
        return statuses;
    }

    @Override
    public Optional<StatusInfo> status(UUID tenantId, UUID statusId) {
        return statuses.stream().filter(s -> s.id().equals(statusId)).findFirst();
    }

    @Override
    public PriorityInfo createPriority(UUID tenantId, String name, Integer orderNumber) {
        PriorityInfo priority = new PriorityInfo(UUID.randomUUID(), name, orderNumber == null ? 0 : orderNumber);
        priorities.add(priority);
        return priority;
    }

    @Override
    public List<PriorityInfo> priorities(UUID tenantId) {
        return priorities;
    }

    @Override
    public Optional<PriorityInfo> priority(UUID tenantId, UUID priorityId) {
        return priorities.stream().filter(p -> p.id().equals(priorityId)).findFirst();
    }

    @Override
    public CategoryInfo createCategory(UUID tenantId, String name, UUID boardId, UUID parentId) {
        CategoryInfo category = new CategoryInfo(UUID.randomUUID(), name, boardId, parentId);
        categories.add(category);
        return category;
    }

    @Override
    public List<CategoryInfo> categories(UUID tenantId) {
        return categories;
    }

    @Override
    public Optional<CategoryInfo> category(UUID tenantId, UUID categoryId) {
        return categories.stream().filter(c -> c.id().equals(categoryId)).findFirst();
    }

    @Override
    public ClientInfo create(UUID tenantId, String name) {
        ClientInfo client = new ClientInfo(UUID.randomUUID(), name);
        clients.add(client);
        return client;
    }

    @Override
    public List<ClientInfo> list(UUID tenantId) {
        return clients;
    }

    @Override
    public Optional<ClientInfo> find(UUID tenantId, UUID clientId) {
        return clients.stream().filter(c -> c.id().equals(clientId)).findFirst();
    }
}

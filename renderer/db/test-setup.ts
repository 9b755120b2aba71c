// Repository tests run against real Dexie on fake-indexeddb, not mocks.
import 'fake-indexeddb/auto';

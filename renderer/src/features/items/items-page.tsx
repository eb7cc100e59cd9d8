// The "items" route: the list, or the editor of the open item.
import { ItemEditorScreen } from './editor/item-editor-screen';
import { useNewItemTarget, useOpenItemId } from './items-location';
import { ItemsListScreen } from './items-list-screen';
import './items.css';

export function ItemsPage() {
  const id = useOpenItemId();
  const newItem = useNewItemTarget();
  return id ? <ItemEditorScreen key={id} id={id} newItem={newItem} /> : <ItemsListScreen />;
}

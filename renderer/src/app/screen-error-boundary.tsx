// A screen that throws while rendering (data the editor cannot show, a chunk that failed to load)
// would otherwise unmount the whole React tree and leave a blank window. This keeps the header
// and navigation, says in Finnish what happened and offers the way back to the screen's list.
import { Component } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The route's path ("items"): its list is where "back" leads. */
  path: string;
  /** i18n key of the route's name, shown in the back link. */
  labelKey: string;
  children: ReactNode;
}

interface State {
  failed: boolean;
}

export class ScreenErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  /** The list, not the same screen again: the open item travels in the query (items-location.ts), so it goes too. */
  private readonly backToList = (): void => {
    window.history.pushState(null, '', `${window.location.pathname}#/${this.props.path}`);
    this.setState({ failed: false });
  };

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <ScreenError path={this.props.path} labelKey={this.props.labelKey} onBack={this.backToList} />;
  }
}

function ScreenError({ path, labelKey, onBack }: { path: string; labelKey: string; onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="screen-error" role="alert" aria-labelledby="screen-error-title">
      <h1 id="screen-error-title">{t('ui.screenError.title')}</h1>
      <p>{t('ui.screenError.message')}</p>
      <a
        href={`#/${path}`}
        className="button"
        onClick={(event) => {
          event.preventDefault();
          onBack();
        }}
      >
        {t('ui.screenError.back', { screen: t(labelKey) })}
      </a>
    </section>
  );
}

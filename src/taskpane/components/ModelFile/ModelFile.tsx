// A model as a .json file: download the current one, or open one a colleague shared (the format the
// CLI's --model reads, checked with the same schema).
import { Button } from '@fluentui/react-components';
import { ArrowDownloadRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { PanelNotice } from '../PanelNotice/PanelNotice';
import type { ModelFileProps } from './ModelFile.types';
import { useModelFile } from './useModelFile';
import { useModelFileStyles } from './useModelFileStyles.styles';

export function ModelFile(props: ModelFileProps): JSX.Element {
  const state = useModelFile(props);
  const styles = useModelFileStyles();
  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button
          icon={<ArrowDownloadRegular />}
          disabled={props.model === null}
          onClick={state.download}
        >
          Download as .json
        </Button>
        <Button icon={<FolderOpenRegular />} onClick={state.choose}>
          Open a model file
        </Button>
        <input
          ref={state.input}
          className={styles.hidden}
          type="file"
          accept=".json,application/json"
          aria-label="Model file (.json)"
          tabIndex={-1}
          onChange={(event) => {
            void state.load(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </div>
      {state.message !== null && (
        <PanelNotice intent={state.message.intent} text={state.message.text} />
      )}
    </div>
  );
}

// The workspace's stylesheets, imported once by each of its pages (Vite bundles them into the app's CSS file).
import './workspace.css';
import './forms.css';
import './caseload.css';
import './dossier.css';

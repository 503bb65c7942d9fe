/** Dashboard entry point, shared by the VS Code webview and the browser page (built out by the dashboard issue). */
const root = document.getElementById('app');
if (root) root.textContent = 'SOC AI Agents dashboard';

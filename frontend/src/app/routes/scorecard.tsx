export default function Stub() {
  return <h1>scorecard</h1>;
}
